/**
 * Meeting-link validation: the single oracle that the adapters (before saving) and the link
 * form (before submitting) share, so that both agree on what a safe link is.
 *
 * The backend stores whatever URL it gets, and the upstream app's regexes have unescaped dots
 * (`meetXgoogle.com` passes them) and allow `http:`. These rules are stricter on purpose; see
 * "Our link rules" in the API notes. Pure functions, no DOM: they run in plain Node too.
 */
import type { MeetingLink, MeetingPlatform } from '../model/request.js';

export type MeetingLinkField = 'url' | 'meetingId' | 'passcode' | 'platform';

/** Message keys, not English: the UI localizes them. */
export type MeetingLinkErrorKey =
  | 'required'
  | 'invalidUrl'
  | 'tooLong'
  | 'httpsOnly'
  | 'userInfo'
  | 'port'
  | 'wrongHost'
  | 'wrongPath'
  | 'meetingIdFormat'
  | 'passcodeFormat'
  | 'unknownPlatform';

export type MeetingLinkValidation =
  | { ok: true; link: MeetingLink }
  | { ok: false; errors: Partial<Record<MeetingLinkField, MeetingLinkErrorKey>> };

export const MEETING_PLATFORMS: readonly MeetingPlatform[] = Object.freeze([
  'google-meet',
  'zoom',
  'whatsapp',
] as const);

/**
 * The longest link accepted, in UTF-16 units of the trimmed text and of the normalized `href`. Meeting
 * links are well under 200 characters; 2,048 is the classic limit of browsers and servers for a URL.
 * Anything longer is refused, typed or stored: a 100,000-character "link" is never shown as an `href`.
 */
export const MAX_LINK_LENGTH = 2048;

/** One path segment. A closed character set keeps encoded slashes and the like out. */
const SEG = '[A-Za-z0-9._~-]+';

interface PlatformRule {
  /** Hosts allowed exactly (compared with the parsed, lower-case, punycode host). */
  hosts: readonly string[];
  /** Hosts whose true subdomains are allowed too. */
  subdomainsOf: readonly string[];
  path: RegExp;
}

const RULES: Record<MeetingPlatform, PlatformRule> = {
  // Only meet.google.com itself: subdomains of it are not Meet.
  'google-meet': { hosts: ['meet.google.com'], subdomainsOf: [], path: new RegExp(`^(?:/${SEG})+/?$`) },
  // Zoom serves meetings from vanity subdomains (us02web.zoom.us, acme.zoom.us); zoom.com.cn has none.
  zoom: {
    hosts: ['zoom.us', 'zoom.com', 'zoom.com.cn'],
    subdomainsOf: ['zoom.us', 'zoom.com'],
    path: new RegExp(`^/(?:j|my)/${SEG}/?$`),
  },
  whatsapp: {
    hosts: ['call.whatsapp.com'],
    subdomainsOf: [],
    path: new RegExp(`^/(?:voice|video)/${SEG}/?$`),
  },
};

/**
 * A subdomain made only of non-empty letter-digit-hyphen labels. `URL` accepts empty labels
 * (`.zoom.us`, `a..zoom.us`), which a plain `endsWith` would let through.
 */
function isSubdomainOf(host: string, parent: string): boolean {
  if (!host.endsWith(`.${parent}`)) return false;
  const sub = host.slice(0, -parent.length - 1);
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/.test(sub);
}

function hostAllowed(host: string, rule: PlatformRule): boolean {
  return rule.hosts.includes(host) || rule.subdomainsOf.some((parent) => isSubdomainOf(host, parent));
}

function isPlatform(value: unknown): value is MeetingPlatform {
  return typeof value === 'string' && (MEETING_PLATFORMS as readonly string[]).includes(value);
}

/**
 * The platform-independent part: a well-formed https URL with no credentials and no odd port. Returns
 * the parsed URL, or the error key (a string) when the input fails.
 */
function parseUrl(raw: unknown): URL | MeetingLinkErrorKey {
  if (raw === undefined || raw === null) return 'required';
  if (typeof raw !== 'string') return 'invalidUrl';
  const text = raw.trim();
  if (text === '') return 'required';
  // Checked first, so nothing below ever scans (or parses) a huge string.
  if (text.length > MAX_LINK_LENGTH) return 'tooLong';
  // `URL` silently drops tabs and newlines and reads `\` as `/`, so `meet.goo<TAB>gle.com` would
  // pass while other parsers (servers, mail clients) read it differently. Refuse such input.
  if (/[\u0000-\u0020\u007f\\]/.test(text)) return 'invalidUrl';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'invalidUrl';
  }
  if (url.protocol !== 'https:') return 'httpsOnly';
  // Percent-encoding can lengthen the link: the normalized form is what is saved and linked to.
  if (url.href.length > MAX_LINK_LENGTH) return 'tooLong';
  if (url.username !== '' || url.password !== '') return 'userInfo';
  // `URL` already drops the default port, so an explicit :443 leaves `port` empty.
  if (url.port !== '') return 'port';
  return url;
}

/** Host and path against one platform's rule; null when they pass. */
function checkPlatform(url: URL, platform: MeetingPlatform): MeetingLinkErrorKey | null {
  const rule = RULES[platform];
  // `hostname` is already lower case and punycode, so Unicode look-alikes (`zооm.us` with
  // Cyrillic o) become `xn--...` and never equal an allowed host.
  if (!hostAllowed(url.hostname, rule)) return 'wrongHost';
  if (!rule.path.test(url.pathname)) return 'wrongPath';
  return null;
}

function checkMeetingId(value: unknown): { id?: string; error?: MeetingLinkErrorKey } {
  if (value === undefined || value === null || value === '') return { error: 'required' };
  if (typeof value !== 'string') return { error: 'meetingIdFormat' };
  // People copy IDs as Zoom shows them, `123 4567 890`.
  const id = value.replace(/\s+/g, '');
  if (id === '') return { error: 'required' };
  return /^\d{9,11}$/.test(id) ? { id } : { error: 'meetingIdFormat' };
}

function checkPasscode(value: unknown): MeetingLinkErrorKey | null {
  if (value === undefined || value === null || value === '') return 'required';
  if (typeof value !== 'string') return 'passcodeFormat';
  // Count code points, not UTF-16 units; any whitespace or control character is a typo.
  const length = [...value].length;
  if (length > 10 || /[\s\u0000-\u001f\u007f]/.test(value)) return 'passcodeFormat';
  return null;
}

/** Validates and normalizes a meeting link. Never throws, whatever it is given. */
export function validateMeetingLink(link: Partial<MeetingLink> | null | undefined): MeetingLinkValidation {
  let input: Record<string, unknown> = {};
  try {
    // Copied once, so a getter or proxy that throws (or changes its answer) cannot bite later.
    if (typeof link === 'object' && link !== null) input = { ...link };
  } catch {
    input = {};
  }
  const errors: Partial<Record<MeetingLinkField, MeetingLinkErrorKey>> = {};

  const platform = input.platform;
  if (platform === undefined || platform === null || platform === '') errors.platform = 'required';
  else if (!isPlatform(platform)) errors.platform = 'unknownPlatform';

  const url = parseUrl(input.url);
  if (typeof url === 'string') errors.url = url;
  else if (isPlatform(platform)) {
    const error = checkPlatform(url, platform);
    if (error) errors.url = error;
  }

  let meetingId: string | undefined;
  let passcode: string | undefined;
  if (platform === 'zoom') {
    const id = checkMeetingId(input.meetingId);
    if (id.error) errors.meetingId = id.error;
    meetingId = id.id;
    const passcodeError = checkPasscode(input.passcode);
    if (passcodeError) errors.passcode = passcodeError;
    else passcode = input.passcode as string;
  }

  if (Object.keys(errors).length > 0 || typeof url === 'string' || !isPlatform(platform))
    return { ok: false, errors };
  const normalized: MeetingLink = { platform, url: url.href };
  if (platform === 'zoom') Object.assign(normalized, { meetingId, passcode });
  return { ok: true, link: normalized };
}

/**
 * True when `url` would pass as the link of some platform: for render-time checks of saved
 * links (data from the server may predate these rules or come from another client).
 */
export function isSafeMeetingUrl(url: unknown): url is string {
  const parsed = parseUrl(url);
  return (
    typeof parsed !== 'string' &&
    MEETING_PLATFORMS.some((platform) => checkPlatform(parsed, platform) === null)
  );
}

/**
 * What a pasted link tells the form: the platform whose rules it passes (when exactly one does) and, for
 * a Zoom meeting link `/j/<digits>`, the meeting ID. MentorEd derives the ID the same way when it imports
 * sessions (src/services/sessionInvite.js `extractDataFromCSV`: `ZOOM_REGEX`, src/constants/common.js,
 * the digits after `/j/`) and stores it as `meeting_info.meta.meetingId`. Zoom's `pwd` query parameter is
 * not the passcode but Zoom's encryption of it (it cannot be decoded: devforum.zoom.us/t/43978), so the
 * passcode is never taken from the link.
 */
export function readMeetingUrl(raw: unknown): { platform?: MeetingPlatform; meetingId?: string } {
  const url = parseUrl(raw);
  if (typeof url === 'string') return {};
  const platforms = MEETING_PLATFORMS.filter((p) => checkPlatform(url, p) === null);
  const platform = platforms.length === 1 ? platforms[0] : undefined;
  // The ID after `/j/`, valid by the same rule as a typed one (checkMeetingId).
  const segment = platform === 'zoom' ? /^\/j\/([^/]+)\/?$/.exec(url.pathname)?.[1] : undefined;
  const id = segment === undefined ? undefined : checkMeetingId(segment).id;
  return { ...(platform ? { platform } : {}), ...(id ? { meetingId: id } : {}) };
}
