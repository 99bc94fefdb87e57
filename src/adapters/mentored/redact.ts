/**
 * Keeps the access token out of what the adapter passes on. A server that echoes the token (in a
 * message, a field error, a value) must not hand it to the model, errors, events, logs or the screen.
 *
 * Redaction works on the parsed answer, never on its text: JSON may spell any character as `\uXXXX`
 * and `/` as `\/`, so the token can be absent from the text letter for letter and whole in the strings
 * it parses to. Only parsed strings reach anything: a body that is not JSON is never read (errors.ts
 * falls back to its English defaults), nor is the response's status text.
 */
import { isRecord } from './errors.js';

/** Tokens shorter than this are not looked for in answers (a short test token would mangle real text). */
const MIN_REDACTED = 8;

const REDACTED = '[redacted]';

/**
 * The spellings of `secret` looked for in parsed strings: as sent, and percent-encoded as
 * `encodeURIComponent` does it (a server that builds a URL with the token in it, e.g. a link). A JWT,
 * MentorEd's token (middlewares/authenticator.js `verifyToken`: `jwt.verify`), has only URL-safe
 * characters, so the two are one; an opaque base64 token (`+`, `/`, `=`) is not. Base64 or other
 * encodings of the token are not looked for: no server has a reason to send those.
 */
function formsOf(secret: string): string[] {
  const encoded = encodeURIComponent(secret);
  return encoded === secret ? [secret] : [secret, encoded];
}

function scrub(text: string, forms: string[]): string {
  for (const form of forms) if (text.includes(form)) text = text.split(form).join(REDACTED);
  return text;
}

/** `value` with every spelling of the token replaced in its strings and its keys. */
function walk(value: unknown, forms: string[]): unknown {
  if (typeof value === 'string') return scrub(value, forms);
  if (Array.isArray(value)) return value.map((item) => walk(item, forms));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[scrub(key, forms)] = walk(item, forms);
  return out;
}

/**
 * `body` (parsed from `text`) with the token `secret` redacted from every string and key. The walk is
 * skipped when it cannot find anything: no token, or a text without the token and without a backslash
 * (then every parsed string is a slice of the text as it stands, so the text's search was enough).
 */
export function redactAnswer(body: unknown, text: string, secret: string): unknown {
  if (secret.length < MIN_REDACTED) return body;
  const forms = formsOf(secret);
  if (!text.includes('\\') && !forms.some((form) => text.includes(form))) return body;
  return walk(body, forms);
}
