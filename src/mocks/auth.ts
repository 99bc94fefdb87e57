/**
 * The emulation's authenticator, after upstream's `src/middlewares/authenticator.js` (aa52d89e): which
 * header carries the token (AUTH_TOKEN_HEADER_NAME, default `x-auth-token`, src/envVariables.js),
 * whether it must read `bearer <token>` (IS_AUTH_TOKEN_BEARER, code default true), and the 401 texts
 * each refusal sends.
 */
import { fail, oops, unauthorized } from './respond.js';

export interface MentorEdAuthOptions {
  /** The viewer: the user id any accepted token stands for. */
  me: string;
  /** Token → user id. When given, other tokens are refused; by default any non-empty token is `me`. */
  tokens?: Record<string, string>;
  /** IS_AUTH_TOKEN_BEARER (default true, upstream's code default): the header must read `bearer <token>`. */
  bearer?: boolean;
  /** AUTH_TOKEN_HEADER_NAME (default `x-auth-token`). */
  tokenHeader?: string;
  /**
   * Headers a deployment requires beside the token (e.g. a gateway's organisation header), name → the
   * value it must have, or `'*'` for any non-empty value. Not an upstream rule: a deployment variant.
   * A missing or wrong one is answered 400, as a gateway in front of the service would.
   */
  requiredHeaders?: Record<string, string>;
  /**
   * Endpoints the viewer's role has no permission for: authenticator.js `checkPermissions` fails and
   * the answer is 401 PERMISSION_DENIED although the token is good.
   */
  denied?: readonly string[];
}

/** The viewer's user id, or the refusal to send instead. */
export function authenticate(
  request: Request,
  endpoint: string,
  options: MentorEdAuthOptions,
): { viewer: string } | { refusal: Response } {
  for (const [name, wanted] of Object.entries(options.requiredHeaders ?? {})) {
    const got = request.headers.get(name)?.trim() ?? '';
    if (!got || (wanted !== '*' && got !== wanted))
      return { refusal: fail(400, `The ${name} header is required.`) };
  }
  const header = request.headers.get(options.tokenHeader ?? 'x-auth-token');
  // authenticator.js: no token header (or an empty one: `if (!authHeader)`) → `checkPermissions(
  // PUBLIC_ROLE, …)`, which no requests endpoint grants → PERMISSION_DENIED (not UNAUTHORIZED_REQUEST).
  if (!header) return { refusal: unauthorized('PERMISSION_DENIED') };
  let token: string;
  if (options.bearer ?? true) {
    // authenticator.js `authenticateUser`: `authHeader.split(' ')`, the first part compared
    // lower-cased to 'bearer'; anything else is UNAUTHORIZED_REQUEST.
    const [authType = '', extracted] = header.split(' ');
    if (authType.toLowerCase() !== 'bearer') return { refusal: unauthorized('UNAUTHORIZED_REQUEST') };
    // "bearer" with nothing after it: `extractedToken.trim()` throws on undefined → a 500.
    if (extracted === undefined) return { refusal: oops() };
    token = extracted.trim();
  } else token = header.trim();
  // `verifyToken` fails on an empty or unknown token: createUnauthorizedResponse() = UNAUTHORIZED_REQUEST.
  const viewer = !token ? undefined : options.tokens ? options.tokens[token] : options.me;
  if (!viewer) return { refusal: unauthorized('UNAUTHORIZED_REQUEST') };
  // authenticator.js: `if (!isPermissionValid) throw createUnauthorizedResponse('PERMISSION_DENIED')`.
  if (options.denied?.includes(endpoint)) return { refusal: unauthorized('PERMISSION_DENIED') };
  return { viewer };
}
