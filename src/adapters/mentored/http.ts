/**
 * The wire of the MentorEd adapter: URLs, headers, timeouts and the `{ responseCode, message, result }`
 * envelope; failures become {@link RequestsError}s through the error table of errors.ts. Knows nothing
 * about rows. No DOM globals are touched at module load, so this runs in Node.
 */
import { RequestsError } from '../../model/errors.js';
import {
  DEFAULT_MESSAGES,
  errorForResponse,
  isRecord,
  readableMessage,
  wrongShape,
  type CallMode,
} from './errors.js';
import { redactAnswer } from './redact.js';

// The error table lives in errors.ts; re-exported for the modules and tests that reach it through the wire.
export * from './errors.js';

/** A token, or a (possibly async) function asked before every request (so a refreshed token is used). */
export type TokenSource = string | (() => string | null | undefined | Promise<string | null | undefined>);
/** A language tag, or a function asked before every request (so server messages follow a locale change). */
export type LanguageSource = string | (() => string | null | undefined | Promise<string | null | undefined>);

/** Headers sent with every request, or a (possibly async) function asked before each one. */
export type HeadersSource =
  | Record<string, string>
  | (() => Record<string, string> | undefined | Promise<Record<string, string> | undefined>);

export interface HttpConfig {
  baseUrl: string;
  token: TokenSource;
  /** Send `bearer <token>` (default true, as upstream's IS_AUTH_TOKEN_BEARER). */
  bearer?: boolean;
  /** The token header's name (default `x-auth-token`, upstream's AUTH_TOKEN_HEADER_NAME). */
  tokenHeader?: string;
  /** More headers, e.g. an organisation header of a multi-organisation deployment. */
  headers?: HeadersSource;
  timeZone?: string;
  language?: LanguageSource;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  /** Path under the base URL, e.g. `requestSessions/list` (path segments already encoded). */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  mode: CallMode;
  signal?: AbortSignal;
}

/** A successful envelope. `message` is kept only when it is readable text. */
export interface Envelope {
  message?: string;
  result: unknown;
  meta?: unknown;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

function encodeQueryValue(value: string | number): string {
  // Commas stay literal: `status=REQUESTED,EXPIRED`, as the upstream app sends it.
  return encodeURIComponent(String(value)).replace(/%2C/gi, ',');
}

/** What a caller's abort reads as: a TimeoutError reason (AbortSignal.timeout) is a timeout. */
function abortedError(signal: AbortSignal): RequestsError {
  const reason: unknown = signal.reason;
  const timedOut = reason instanceof DOMException && reason.name === 'TimeoutError';
  const kind = timedOut ? 'timeout' : 'aborted';
  return new RequestsError(kind, DEFAULT_MESSAGES[kind], { cause: reason });
}

const NOT_JSON = Symbol('not-json');

/** One request on the wire, shared by the callers waiting for it. */
interface Exchange {
  /** `secret`: the token the request carried (see redact.ts). */
  response: Promise<{ status: number; text: string; secret: string }>;
  controller: AbortController;
  /** Callers waiting for the response. */
  waiting: number;
  settled: boolean;
}

/** `promise`, or the caller's own abort (as a RequestsError) if that comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export class MentorEdHttp {
  private readonly baseUrl: string;
  /** The token header's name, lower-cased (fetch sends header names in lower case anyway). */
  private readonly tokenHeader: string;
  /** GETs in flight, by URL. */
  private readonly inflight = new Map<string, Exchange>();

  constructor(private readonly config: HttpConfig) {
    if (typeof config.baseUrl !== 'string' || config.baseUrl.trim() === '') {
      throw new TypeError('MentorEdAdapter: `baseUrl` is required, e.g. https://host/mentoring/v1');
    }
    this.baseUrl = config.baseUrl.trim().replace(/\/+$/, '');
    this.tokenHeader = (config.tokenHeader?.trim() || 'x-auth-token').toLowerCase();
  }

  url(path: string, query?: HttpRequest['query']): string {
    const pairs = Object.entries(query ?? {})
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeQueryValue(value)}`);
    return `${this.baseUrl}/${path.replace(/^\/+/, '')}${pairs.length ? `?${pairs.join('&')}` : ''}`;
  }

  /**
   * Sends one request and returns its envelope, or rejects with a RequestsError.
   *
   * Identical GETs (same URL) that overlap share one fetch: a second list or details read of the same
   * thing while the first is in flight costs no request. Each caller keeps its own abort: a caller that
   * aborts gets `aborted` at once and leaves the others waiting; the fetch itself is cancelled only
   * when no caller waits for it any more (or it timed out). Each caller parses its own copy.
   */
  async send(req: HttpRequest): Promise<Envelope> {
    const callerSignal = req.signal;
    if (callerSignal?.aborted) throw abortedError(callerSignal);
    const key = req.method === 'GET' ? this.url(req.path, req.query) : undefined;
    // A write makes the reads in flight stale for new callers: a read after it fetches again.
    if (!key) this.inflight.clear();
    const exchange = (key && this.inflight.get(key)) || this.start(req, key);
    exchange.waiting++;
    // A caller that aborts leaves at once, not a microtask later: a newer load that replaces it (abort
    // the older, then start) must not join the very fetch it abandoned and get its stale answer.
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      if (--exchange.waiting === 0 && !exchange.settled) {
        // Nobody waits for it any more: stop it, and let no new caller join a cancelled fetch.
        if (key && this.inflight.get(key) === exchange) this.inflight.delete(key);
        exchange.controller.abort(callerSignal?.reason);
      }
    };
    callerSignal?.addEventListener('abort', leave, { once: true });
    try {
      const { status, text, secret } = await untilAborted(exchange.response, callerSignal);
      return this.interpret(status, text, req.mode, secret);
    } finally {
      callerSignal?.removeEventListener('abort', leave);
      leave();
    }
  }

  /** Starts the fetch of `req` (registered under `key` while in flight, for callers to share). */
  private start(req: HttpRequest, key: string | undefined): Exchange {
    // One controller for the cancel and our timeout, so both also stop reading the body.
    const controller = new AbortController();
    let timedOut = false;
    const ms = this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timer =
      Number.isFinite(ms) && ms > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort(new DOMException('The server took too long to answer.', 'TimeoutError'));
          }, ms)
        : undefined;
    const transportError = (cause: unknown): RequestsError => {
      if (timedOut) return new RequestsError('timeout', DEFAULT_MESSAGES.timeout, { cause });
      if (controller.signal.aborted) return abortedError(controller.signal);
      // The browser's own text ("Failed to fetch") says nothing useful to a user.
      return new RequestsError('network', DEFAULT_MESSAGES.network, { cause });
    };
    const exchange: Exchange = {
      controller,
      waiting: 0,
      settled: false,
      response: Promise.resolve({ status: 0, text: '', secret: '' }),
    };
    exchange.response = (async () => {
      try {
        const prepared = this.headers();
        const headers = isThenable(prepared) ? await prepared : prepared;
        const secret = (headers[this.tokenHeader] ?? '').replace(/^Bearer\s+/i, '').trim();
        if (controller.signal.aborted) throw transportError(controller.signal.reason);
        // Resolved per call (not at construction) so that fetch mocks installed later still apply.
        const fetchImpl = this.config.fetch ?? globalThis.fetch;
        if (typeof fetchImpl !== 'function')
          throw new RequestsError('network', 'No fetch() is available here.');
        const init: RequestInit = { method: req.method, headers, signal: controller.signal };
        if (req.body !== undefined) init.body = JSON.stringify(req.body);
        try {
          const response = await fetchImpl(this.url(req.path, req.query), init);
          return { status: response.status, text: await response.text(), secret };
        } catch (error) {
          throw transportError(error);
        }
      } finally {
        exchange.settled = true;
        if (timer !== undefined) clearTimeout(timer);
        if (key && this.inflight.get(key) === exchange) this.inflight.delete(key);
      }
    })();
    exchange.response.catch(() => undefined); // its callers may all have left: not an unhandled rejection
    if (key) this.inflight.set(key, exchange);
    return exchange;
  }

  /**
   * The headers of a call: at once when the host's token, language and headers are at hand (values, or
   * functions that return values), else a promise. At once, the fetch leaves in the same task as the
   * call, before the page that asked renders: on a slow phone that render takes hundreds of
   * milliseconds, which the request would otherwise wait for (docs/performance.md, "The first load on a
   * low-end phone").
   */
  private headers(): Record<string, string> | Promise<Record<string, string>> {
    const { token, language, headers: extra } = this.config;
    const value = settle(
      () => (typeof token === 'function' ? token() : token),
      (cause) => {
        // The cause may hold whatever the host's token code threw; the token itself is never in it.
        throw new RequestsError('unauthorized', DEFAULT_MESSAGES.unauthorized, { cause });
      },
    );
    // A broken language callback must not break the call: the default language is used.
    const lang = settle(
      () => (typeof language === 'function' ? language() : language),
      () => undefined,
    );
    const more = settle(
      () => (typeof extra === 'function' ? extra() : extra),
      (cause) => {
        throw new RequestsError('network', 'The request headers could not be prepared.', { cause });
      },
    );
    if (isThenable(value) || isThenable(lang) || isThenable(more))
      return Promise.all([value, lang, more]).then((got) => this.headersOf(...got));
    return this.headersOf(value, lang, more);
  }

  private headersOf(
    value: string | null | undefined,
    lang: string | null | undefined,
    more: Record<string, string> | undefined,
  ): Record<string, string> {
    const bearer = this.config.bearer ?? true;
    const headers: Record<string, string> = {
      // Lower-case names, so that a host's own `timezone` in `headers` replaces ours, not joins it.
      timezone: this.config.timeZone ?? defaultTimeZone(),
      'accept-language': lang || defaultLanguage(),
      ...lowerCaseKeys(more),
      'content-type': 'application/json',
    };
    delete headers[this.tokenHeader];
    // Without a token the header is left out and the server answers 401, as it would.
    if (typeof value === 'string' && value.trim() !== '') {
      const raw = value.trim();
      // middlewares/authenticator.js `authenticateUser`: `authHeader.split(' ')`, the first part
      // compared lower-cased to 'bearer', the second part the token.
      headers[this.tokenHeader] = bearer && !/^Bearer\s/i.test(raw) ? `Bearer ${raw}` : raw;
    }
    return headers;
  }

  private interpret(status: number, text: string, mode: CallMode, secret = ''): Envelope {
    const tokenSent = secret !== '';
    let body: unknown = undefined;
    if (text.trim() !== '') {
      try {
        // Before anything reads it: a server that echoes the token must not pass it on (redact.ts).
        body = redactAnswer(JSON.parse(text), text, secret);
      } catch {
        body = NOT_JSON;
      }
    }
    if (status < 200 || status > 299) {
      throw errorForResponse(status, body === NOT_JSON ? undefined : body, mode, tokenSent);
    }
    if (body === NOT_JSON) {
      throw new RequestsError('server', 'The server sent a response that could not be read.', { status });
    }
    if (body === undefined && status === 204) return { result: undefined };
    if (!isRecord(body)) throw wrongShape('envelope', status);
    const envelope: Envelope = { result: body.result };
    const message = readableMessage(body.message);
    if (message !== undefined) envelope.message = message;
    if (body.meta !== undefined) envelope.meta = body.meta;
    return envelope;
  }
}

/** A host's extra headers with lower-case names (so that one cannot shadow the token header by case). */
function lowerCaseKeys(record: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record ?? {}))
    if (typeof value === 'string') out[key.trim().toLowerCase()] = value;
  return out;
}

/** What `defaultTimeZone` uses of Temporal, where the engine has it (Chrome and Edge 144, Firefox 139). */
type TemporalNow = { Now?: { timeZoneId?(): string } };

/**
 * The viewer's IANA time zone (the `timezone` header's default). Upstream reads the header in
 * src/controllers/v1/requestSessions.js `accept` and sessions.js `update` / `enroll` / `addMentees` (as the
 * session's `time_zone`); the list and count endpoints ignore it. Sent on every call, as MentorEd's app does.
 */
export function defaultTimeZone(): string {
  try {
    // Temporal reads the zone at no cost. Intl builds a date format for it, and the first one a document
    // builds loads the engine's locale data: about 50 ms of CPU on the bench machine, four times that on a
    // low-end phone, in the task that sends the first request (docs/performance.md).
    const temporal = (globalThis as { Temporal?: TemporalNow }).Temporal;
    return temporal?.Now?.timeZoneId?.() || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function defaultLanguage(): string {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return nav?.language || 'en';
}

const isThenable = <T>(value: T | PromiseLike<T>): value is PromiseLike<T> =>
  typeof (value as PromiseLike<T> | null)?.then === 'function';

/**
 * `get()`, and `onError` for what it throws: at once when `get()` returns a value, in a promise when it
 * returns one (see `headers`).
 */
function settle<T>(get: () => T | PromiseLike<T>, onError: (cause: unknown) => T): T | Promise<T> {
  let got: T | PromiseLike<T>;
  try {
    got = get();
  } catch (cause) {
    return onError(cause);
  }
  return isThenable(got) ? Promise.resolve(got).then(undefined, onError) : got;
}
