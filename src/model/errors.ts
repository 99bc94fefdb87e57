/** What went wrong, in terms a UI can act on. */
export type RequestsErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'server';

export interface RequestsErrorInit {
  status?: number;
  fieldErrors?: Record<string, string>;
  cause?: unknown;
  /** The server's own readable text, when it sent one (already in the user's language). */
  serverMessage?: string;
}

/**
 * The one error type every adapter rejects with. `message` is user-facing text
 * (the server's when it sent readable text); `kind` says what failed.
 */
export class RequestsError extends Error {
  override name = 'RequestsError';
  readonly kind: RequestsErrorKind;
  readonly status?: number;
  /** Validation only: field name -> message. */
  readonly fieldErrors?: Record<string, string>;
  /**
   * The server's own readable text, when it sent one: a UI may show it as it is (the server speaks the
   * user's language). Absent when `message` is a default the adapter wrote (in English).
   */
  readonly serverMessage?: string;

  constructor(kind: RequestsErrorKind, message: string, init: RequestsErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    if (init.status !== undefined) this.status = init.status;
    if (init.fieldErrors !== undefined) this.fieldErrors = init.fieldErrors;
    if (init.serverMessage !== undefined) this.serverMessage = init.serverMessage;
  }

  /** Works across copies of the package (no `instanceof` across realms or bundles). */
  static is(value: unknown): value is RequestsError {
    return (
      value instanceof RequestsError ||
      (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'RequestsError')
    );
  }
}

/** Turns anything thrown into a RequestsError (an AbortError becomes `aborted`). */
export function toRequestsError(error: unknown): RequestsError {
  if (RequestsError.is(error)) return error;
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new RequestsError('aborted', 'The request was cancelled.', { cause: error });
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new RequestsError('timeout', 'The server took too long to answer.', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new RequestsError('network', message || 'The request failed.', { cause: error });
}
