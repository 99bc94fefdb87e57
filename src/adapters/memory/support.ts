/**
 * What MemoryAdapter's calls share besides the store: the texts it answers with (MentorEd's own, so the UI
 * shows the same), copies, and the abort and latency handling every call goes through.
 */
import { RequestsError, type RequestsErrorKind } from '../../model/errors.js';

/** Messages the real MentorEd server sends (docs/mentored-api.md), so the UI shows the same texts. */
export const TEXT = {
  sessionAccepted: (name: string) =>
    `You have accepted this session. ${name} has been added to your connections.`,
  sessionRejected: 'You have rejected the session request.',
  linkSaved: 'Your session details have been updated.',
  messageAccepted: (name: string) =>
    `You have accepted this message request, and ${name} is added to your connections.`,
  // MentorEd sends no readable text for connections/reject; this stands in for it.
  messageRejected: 'You have rejected the message request.',
  sessionGone: 'The session request was not found or has already been processed.',
  messageGone: 'The connection request was not found or has already been processed.',
};

export const KIND_TEXT: Record<RequestsErrorKind, string> = {
  network: 'The server could not be reached.',
  timeout: 'The server took too long to answer.',
  aborted: 'The request was cancelled.',
  unauthorized: 'Your session has expired. Please sign in again.',
  forbidden: 'You are not allowed to do this.',
  'not-found': 'The request was not found.',
  conflict: 'This request was already handled.',
  validation: 'Some fields are not valid.',
  server: 'Oops! Something Went Wrong.',
};

/** Deep copy; structuredClone keeps Dates as Dates. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** An AbortSignal.timeout() reason reads as `timeout`, like fetch; anything else as `aborted`. */
export function abortError(signal: AbortSignal): RequestsError {
  const reason: unknown = signal.reason;
  const timedOut = reason instanceof DOMException && reason.name === 'TimeoutError';
  return new RequestsError(timedOut ? 'timeout' : 'aborted', KIND_TEXT[timedOut ? 'timeout' : 'aborted'], {
    cause: reason,
  });
}

export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
