/**
 * MSW handlers that emulate the MentorEd mentoring API statefully, as its source behaves
 * (ELEVATE-Project/mentoring master, aa52d89e; docs/mentored-api.md). Each rule cites the upstream file
 * and function it follows, in session-routes.ts, connection-routes.ts, auth.ts, respond.ts and
 * schedule.ts. The deployment variants upstream reads from its environment are options here (bearer
 * prefix, token header, DEFAULT_MEETING_SERVICE, SESSION_EDIT_WINDOW_MINUTES,
 * SESSION_CREATION_MENTOR_LIMIT, list rows with or without `request_type`), with upstream's code
 * defaults (src/envVariables.js) as ours.
 */
import { http, type HttpHandler } from 'msw';
import { authenticate, type MentorEdAuthOptions } from './auth.js';
import { connectionRoutes } from './connection-routes.js';
import { createMentorEdDb, type MentorEdDb } from './db.js';
import type { MentorEdEndpoint } from './faults.js';
import { sessionRoutes } from './session-routes.js';

export interface MentorEdHandlersOptions {
  /** The API root the adapter uses, e.g. `https://mentored.test/mentoring/v1` (relative in a browser is fine). */
  baseUrl: string;
  /** The store (default: a new `createMentorEdDb()`). Share one db between handlers to keep state. */
  db?: MentorEdDb;
  /** The viewer: the user id any accepted token stands for (default: `db.me`). */
  me?: string;
  /** Token → user id. When given, other tokens get a 401; by default any non-empty token is `me`. */
  tokens?: Record<string, string>;
  /**
   * IS_AUTH_TOKEN_BEARER: the token header must read `bearer <token>` (any case of "bearer"). Default
   * true, upstream's code default (src/envVariables.js); false takes the bare token.
   */
  bearer?: boolean;
  /** AUTH_TOKEN_HEADER_NAME (default `x-auth-token`). */
  tokenHeader?: string;
  /** Headers a deployment requires beside the token, name → value or `'*'` (see auth.ts). */
  requiredHeaders?: Record<string, string>;
  /** Endpoints the viewer's role lacks: each answers 401 PERMISSION_DENIED (see auth.ts). */
  denied?: readonly MentorEdEndpoint[];
}

/** The handlers, with the db they serve (so `handlers.db.failNext(...)` works without keeping it). */
export type MentorEdHandlers = HttpHandler[] & { db: MentorEdDb };

/** What one emulated endpoint gets. */
export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string | readonly string[] | undefined>;
  body: unknown;
  viewer: string;
}

export type Handle = (ctx: RouteContext) => Response | Promise<Response>;
export type Route = (
  method: 'get' | 'post',
  endpoint: MentorEdEndpoint,
  path: string,
  handle: Handle,
) => HttpHandler;

/**
 * Creates the handlers. Fault knobs live on the db (`db.latencyMs`, `db.offline`, `db.failNext()`,
 * `db.clearFaults()`) and every call is logged in `db.calls`.
 */
export function createMentorEdHandlers(options: MentorEdHandlersOptions): MentorEdHandlers {
  const db = options.db ?? createMentorEdDb(options.me ? { me: options.me } : {});
  const base = options.baseUrl.trim().replace(/\/+$/, '');
  const auth: MentorEdAuthOptions = { ...options, me: options.me ?? db.me };

  const route: Route = (method, endpoint, path, handle) =>
    http[method](`${base}/${path}`, async ({ request, params }) => {
      const url = new URL(request.url);
      let body: unknown;
      if (method === 'post') {
        const text = await request.clone().text();
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
      }
      const headers: Record<string, string> = {};
      request.headers.forEach((value, key) => (headers[key.toLowerCase()] = value));
      db.calls.push({ endpoint, method: request.method, url: request.url, headers, body });
      const faulted = await db.applyFaults(endpoint);
      if (faulted) return faulted;
      const verdict = authenticate(request, endpoint, auth);
      if ('refusal' in verdict) return verdict.refusal;
      return handle({ request, url, params, body, viewer: verdict.viewer });
    });

  return Object.assign([...sessionRoutes(db, route), ...connectionRoutes(db, route)], { db });
}
