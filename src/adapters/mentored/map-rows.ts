/**
 * MentorEd rows → domain objects. The only place that knows MentorEd's row shapes: epoch seconds,
 * string ids, `user_details`, upper-case statuses, `request_type` / `created_by`, `meeting_info`.
 *
 * A bad row never throws. It is mapped with safe defaults, or dropped when it cannot be shown
 * (no id, no slot, an unknown status), and reported once through the `warn` callback with its id.
 */
import type {
  Direction,
  MeetingHost,
  MeetingLink,
  MeetingPlatform,
  MessageRequest,
  Person,
  RequestStatus,
  SessionRequest,
  StoredLink,
} from '../../model/request.js';
import { validateMeetingLink } from '../meeting-link.js';
import { isRecord } from './http.js';

/** Called once per bad row: `key` identifies the row (for de-duplication), `text` says what was wrong. */
export type RowWarn = (key: string, text: string) => void;

export interface MapContext {
  /** Clock in ms, for "a REQUESTED request whose end has passed is expired". */
  now: number;
  warn: RowWarn;
  /**
   * The direction the server gave this request before (a list row's `request_type`), for a row whose
   * own fields cannot tell it (a getDetails row without a usable `user_details`).
   */
  knownDirection?: (id: string) => Direction | undefined;
}

/** More years of experience than this is not a value to show. */
const MAX_EXPERIENCE_YEARS = 100;

const STATUS: Record<string, RequestStatus> = {
  REQUESTED: 'requested',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  EXPIRED: 'expired',
};

/** An id as MentorEd may send it (string, or a number from an older build) → string. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Epoch seconds (number or numeric string) → Date. */
export function dateFromSeconds(value: unknown): Date | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)
        ? Number(value)
        : NaN;
  if (!Number.isFinite(n)) return undefined;
  const date = new Date(n * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `created_at` is ISO text (sometimes epoch seconds) → Date. */
function dateFromIso(value: unknown): Date | undefined {
  if (typeof value === 'number') return dateFromSeconds(value);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return dateFromSeconds(value);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function statusOf(value: unknown): RequestStatus | undefined {
  return typeof value === 'string' ? STATUS[value.trim().toUpperCase()] : undefined;
}

function text(value: unknown, field: string, issues: string[]): string {
  if (typeof value === 'string') return value;
  if (value !== undefined && value !== null) issues.push(`${field} is not text`);
  return '';
}

/** `user_details` → Person. `fallbackId` is used when the details lack a usable id. */
export function mapPerson(details: unknown, fallbackId: string | undefined, issues: string[]): Person {
  if (!isRecord(details)) {
    issues.push('user_details missing');
    return { id: fallbackId ?? '', name: '', designations: [] };
  }
  const id = idOf(details.user_id) ?? idOf(details.id) ?? fallbackId ?? '';
  if (!idOf(details.user_id) && !idOf(details.id)) issues.push('user_details.user_id missing');
  const name = typeof details.name === 'string' ? details.name.trim() : '';
  if (!name) issues.push('user_details.name missing');
  const person: Person = { id, name, designations: designationsOf(details.designation, issues) };

  const image = details.image;
  if (typeof image === 'string' && image.trim() !== '') {
    if (isHttpUrl(image.trim())) person.avatarUrl = image.trim();
    else issues.push('user_details.image is not an http(s) URL');
  } else if (image !== undefined && image !== null && image !== '') {
    issues.push('user_details.image is not text');
  }

  const experience = details.experience;
  if (
    experience !== undefined &&
    experience !== null &&
    !(typeof experience === 'string' && experience.trim() === '')
  ) {
    const years =
      typeof experience === 'number'
        ? experience
        : typeof experience === 'string'
          ? Number(experience.trim())
          : NaN;
    // A working life, not "1e+308 years": anything beyond is a data error, shown as unknown.
    if (Number.isFinite(years) && years >= 0 && years <= MAX_EXPERIENCE_YEARS) person.experienceYears = years;
    else issues.push('user_details.experience is not a number of years');
  }
  return person;
}

/** `[{ value, label }]` → labels (plain strings are tolerated). */
function designationsOf(value: unknown, issues: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.push('user_details.designation is not a list');
    return [];
  }
  const labels: string[] = [];
  let bad = false;
  for (const entry of value) {
    const label =
      typeof entry === 'string'
        ? entry
        : isRecord(entry)
          ? typeof entry.label === 'string'
            ? entry.label
            : typeof entry.value === 'string'
              ? entry.value
              : ''
          : '';
    if (label.trim()) labels.push(label.trim());
    else bad = true;
  }
  if (bad) issues.push('user_details.designation has unreadable entries');
  return labels;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function report(
  ctx: MapContext,
  kind: string,
  id: string | undefined,
  issues: string[],
  dropped: boolean,
): void {
  if (issues.length === 0) return;
  const label = id ?? '(no id)';
  const what = dropped ? 'dropped' : 'shown with defaults';
  ctx.warn(
    `${kind}:${label}:${issues.join(',')}`,
    `[mentoring-requests] MentorEd ${kind} row ${label} ${what}: ${issues.join('; ')}.`,
  );
}

/** A SessionRequestRow → SessionRequest, or null (dropped) when it cannot be shown. */
export function mapSessionRow(row: unknown, ctx: MapContext): SessionRequest | null {
  const issues: string[] = [];
  if (!isRecord(row)) {
    report(ctx, 'session request', undefined, ['not an object'], true);
    return null;
  }
  const id = idOf(row.id);
  const start = dateFromSeconds(row.start_date);
  const end = dateFromSeconds(row.end_date);
  const stored = statusOf(row.status);
  if (!id) issues.push('id missing');
  if (!start) issues.push('start_date is not epoch seconds');
  if (!end) issues.push('end_date is not epoch seconds');
  if (!stored) issues.push(`unknown status ${JSON.stringify(row.status ?? null)}`);
  if (!id || !start || !end || !stored) {
    report(ctx, 'session request', id, issues, true);
    return null;
  }

  const direction = sessionDirection(row) ?? ctx.knownDirection?.(id);
  if (!direction) {
    // Shown as either it would be wrong: as sent, a mentor could not answer it; as received, a mentee
    // could answer their own request. Dropped, with the one warning.
    report(
      ctx,
      'session request',
      id,
      [
        'direction unknown: no request_type, and user_details.user_id is neither requestor_id nor requestee_id',
      ],
      true,
    );
    return null;
  }
  const otherId = idOf(direction === 'received' ? row.requestor_id : row.requestee_id);
  const person = mapPerson(row.user_details, otherId, issues);
  let createdAt = dateFromIso(row.created_at);
  if (!createdAt) {
    issues.push('created_at is not a date');
    createdAt = new Date(start.getTime());
  }
  const status: RequestStatus = stored === 'requested' && end.getTime() <= ctx.now ? 'expired' : stored;
  const item: SessionRequest = {
    kind: 'session',
    id,
    direction,
    status,
    title: text(row.title, 'title', issues),
    agenda: text(row.agenda, 'agenda', issues),
    start,
    end,
    createdAt,
    person,
  };
  const sessionId = idOf(row.session_id);
  if (sessionId) item.sessionId = sessionId;
  if (typeof row.reject_reason === 'string' && row.reject_reason.trim())
    item.rejectReason = row.reject_reason.trim();
  report(ctx, 'session request', id, issues, false);
  return item;
}

/**
 * Whether the viewer sent or received a session request row. `request_type` when the row has it (the
 * list, since June 2025: services/requestSessions.js `list`); else from the ids. `user_details` is the
 * other person, picked upstream as `userId === requestee_id ? requestor_id : requestee_id`
 * (services/requestSessions.js `getInfo`; `list` likewise), so it is the requestor exactly when the
 * viewer received the request. getDetails never has `request_type`, nor do older deployments' lists.
 * `user_details` must match one of the ids; undefined when nothing tells (no `user_details.user_id`, no
 * matching id, or ids that contradict each other).
 */
export function sessionDirection(row: Record<string, unknown>): Direction | undefined {
  if (row.request_type === 'sent' || row.request_type === 'received') return row.request_type;
  const other = isRecord(row.user_details) ? idOf(row.user_details.user_id) : undefined;
  const requestor = idOf(row.requestor_id);
  const requestee = idOf(row.requestee_id);
  if (!other || (!requestor && !requestee) || requestor === requestee) return undefined;
  if (requestor && requestee) {
    if (other === requestor) return 'received';
    return other === requestee ? 'sent' : undefined;
  }
  // One id missing: only a match tells (a user_details that matches nothing is not guessed at).
  if (requestee) return other === requestee ? 'sent' : undefined;
  return other === requestor ? 'received' : undefined;
}

/** A ConnectionRow (my side of a pending request, or a connection) → MessageRequest, or null. */
export function mapConnectionRow(row: unknown, ctx: MapContext): MessageRequest | null {
  const issues: string[] = [];
  if (!isRecord(row)) {
    report(ctx, 'message request', undefined, ['not an object'], true);
    return null;
  }
  const details = isRecord(row.user_details) ? row.user_details : undefined;
  // Our id is the other person's id: what getInfo, accept and reject take.
  const id = idOf(row.friend_id) ?? idOf(details?.user_id);
  const stored = statusOf(row.status);
  if (!id) issues.push('friend_id missing');
  if (!stored || stored === 'expired') issues.push(`unknown status ${JSON.stringify(row.status ?? null)}`);
  if (!id || !stored || stored === 'expired') {
    report(ctx, 'message request', id ?? idOf(row.id), issues, true);
    return null;
  }
  const me = idOf(row.user_id);
  const creator = idOf(row.created_by);
  if (!me || !creator) {
    // As for session requests: shown either way it could be wrong, so dropped with the one warning.
    report(ctx, 'message request', id, ['direction unknown: created_by or user_id missing'], true);
    return null;
  }
  const direction: MessageRequest['direction'] = creator === me ? 'sent' : 'received';
  const meta = isRecord(row.meta) ? row.meta : {};
  let createdAt = dateFromIso(row.created_at);
  if (!createdAt) {
    issues.push('created_at is not a date');
    createdAt = new Date(0);
  }
  const item: MessageRequest = {
    kind: 'message',
    id,
    direction,
    status: stored,
    message: text(meta.message, 'meta.message', issues),
    createdAt,
    person: mapPerson(row.user_details, id, issues),
  };
  const roomId = idOf(meta.room_id);
  if (roomId) item.roomId = roomId;
  report(ctx, 'message request', id, issues, false);
  return item;
}

const PLATFORM_BY_VALUE: Record<string, MeetingPlatform> = {
  gmeet: 'google-meet',
  zoom: 'zoom',
  whatsapp: 'whatsapp',
};
const WIRE: Record<MeetingPlatform, { platform: string; value: string }> = {
  'google-meet': { platform: 'Google meet', value: 'Gmeet' },
  zoom: { platform: 'Zoom', value: 'Zoom' },
  whatsapp: { platform: 'WhatsApp', value: 'Whatsapp' },
};

/** The server's default meeting services (DEFAULT_MEETING_SERVICE, src/envVariables.js): not links. */
const MEETING_HOSTS: Record<string, MeetingHost> = { bbb: 'platform', off: 'none' };

/** What a session's `meeting_info` says, in the model's three fields (at most one of them set). */
export interface MeetingInfoModel {
  meetingLink?: MeetingLink;
  storedLink?: StoredLink;
  meetingHost?: MeetingHost;
}

/**
 * `meeting_info` → the model:
 * - a link of a known platform that passes our rules → `meetingLink` (a Zoom link whose id or passcode
 *   are missing is still a usable link);
 * - BigBlueButton (`BBB`, with or without the link it gets at the start) → `meetingHost` 'platform';
 *   `OFF` without a link → 'none';
 * - any other stored link (http://, a platform we do not know, a look-alike host: upstream's own
 *   patterns allow http and the platforms come from a per-organisation form) → `storedLink`, text only;
 * - nothing usable → `{}`.
 */
export function mapMeetingInfo(info: unknown): MeetingInfoModel {
  if (!isRecord(info)) return {};
  const value = typeof info.value === 'string' ? info.value.trim().toLowerCase() : '';
  const text = typeof info.link === 'string' ? info.link.trim() : '';
  // BigBlueButton is the platform's own meeting, with or without the moderator link it writes in when
  // the session starts (services/sessions.js `start`: `{ platform: BBB_PLATFORM, value: 'BBB', link }`):
  // never a stored link to warn about or to replace.
  if (value === 'bbb') return { meetingHost: 'platform' };
  if (!text) {
    const host =
      MEETING_HOSTS[value] ??
      MEETING_HOSTS[
        String(info.platform ?? '')
          .trim()
          .toLowerCase()
      ];
    return host ? { meetingHost: host } : {};
  }
  const platform = PLATFORM_BY_VALUE[value];
  if (platform) {
    const meta = isRecord(info.meta) ? info.meta : {};
    const asText = (v: unknown) =>
      typeof v === 'number' ? String(v) : typeof v === 'string' ? v : undefined;
    const verdict = validateMeetingLink({
      platform,
      url: text,
      meetingId: asText(meta.meetingId),
      passcode: asText(meta.password),
    });
    if (verdict.ok) return { meetingLink: verdict.link };
    if (!verdict.errors.url && !verdict.errors.platform)
      return { meetingLink: { platform, url: new URL(text).href } };
  }
  const label = typeof info.platform === 'string' ? info.platform.trim() : '';
  return {
    storedLink: { text, platformLabel: label || (typeof info.value === 'string' ? info.value.trim() : '') },
  };
}

/** MeetingLink (already validated) → the `meeting_info` body of `sessions/update`. */
export function toMeetingInfo(link: MeetingLink): Record<string, unknown> {
  const meta: Record<string, string> = {};
  if (link.meetingId) meta.meetingId = link.meetingId;
  if (link.passcode) meta.password = link.passcode;
  return { ...WIRE[link.platform], link: link.url, meta };
}
