/** The shapes stored by the MentorEd emulation (MentorEd's own field names) and the db options. */
import type { GenerateOptions } from '../adapters/memory/generate.js';

export type SessionRequestStatus = 'REQUESTED' | 'ACCEPTED' | 'REJECTED' | 'EXPIRED';
export type ConnectionStatus = 'REQUESTED' | 'ACCEPTED' | 'REJECTED';

export interface MentorEdUser {
  user_id: string;
  name: string;
  image: string | null;
  /** Years, as a string ("" when unknown), as MentorEd sends it. */
  experience: string;
  designation: { value: string; label: string }[];
  organization_id: string;
  /**
   * `user_extensions.settings.chat_enabled`: both users need it for an accept to create a chat room
   * (`meta.room_id`). Upstream's default is ENABLE_CHAT (database/models/userExtension.js `settings`
   * defaultValue; the 20241114175723 migration set existing users alike), so every user gets the db's
   * `enableChat` unless given; set it per user to emulate one whose setting differs.
   */
  chat_enabled: boolean;
  /** A blocked user: `getDetails` of their requests answers 200 with no result. */
  blocked?: boolean;
}

export interface StoredSessionRequest {
  id: string;
  requestor_id: string;
  requestee_id: string;
  status: SessionRequestStatus;
  title: string;
  agenda: string;
  /** Epoch seconds. */
  start_date: number;
  end_date: number;
  session_id: string | null;
  reject_reason: string | null;
  meta: Record<string, unknown> | null;
  created_at: string;
  updated_at: string;
}

/**
 * A session's `meeting_info`. Until a link is added it is the DEFAULT_MEETING_SERVICE's, without `link`
 * or `meta` (services/sessions.js `create`): `{ platform: 'OFF', value: 'OFF' }`, or for BigBlueButton
 * `{ platform: 'BigBlueButton (Default)', value: 'BBB' }` (constants/common.js BBB_PLATFORM, BBB_VALUE).
 */
export interface MeetingInfo {
  platform: string;
  value: string;
  link?: string;
  meta?: Record<string, unknown>;
}

export interface StoredSession {
  id: string;
  mentor_id: string;
  mentee_ids: string[];
  title: string;
  description: string;
  start_date: number;
  end_date: number;
  status: 'PUBLISHED' | 'LIVE' | 'COMPLETED';
  /** Who created it: sessions/update lets only the creator edit (services/sessions.js `update`). */
  created_by: string;
  meeting_info: MeetingInfo;
}

/** One connection request, or an accepted connection. The server keeps one row per direction. */
export interface StoredConnection {
  /** Id of the requester's row; the target's row is `id + 1`. */
  id: number;
  requester_id: string;
  target_id: string;
  status: ConnectionStatus;
  meta: { message: string; room_id?: string };
  created_at: string;
  updated_at: string;
}

export interface MentorEdDbOptions {
  /** Seed of the generated data (default 1). */
  seed?: number;
  /** How many pending session requests to generate (default 12; every fifth slot has ended). */
  sessionRequests?: number;
  /** How many message requests to generate (default 6). */
  messageRequests?: number;
  /**
   * How many handled session requests to store in addition (default 8, 0 for none): the history of
   * `generateRequests` (accepted with and without a meeting link, rejected with and without a reason,
   * EXPIRED; both directions), stored as upstream leaves them (store.ts `addHandled`). Older than every
   * pending request, with slots after theirs. Upstream keeps no history of message requests, so none.
   */
  history?: number;
  /**
   * The moment the data is generated around (default: now). A function is also the server's clock
   * (for expiry and timestamps); otherwise the clock is the real time.
   */
  now?: Date | number | (() => number);
  /** The viewer's user id (default "1") or user fields. */
  me?: string | Partial<MentorEdUser>;
  /** Picture URL per user id (default: none, nothing reaches the network). */
  avatarUrl?: GenerateOptions['avatarUrl'];
  /**
   * DEFAULT_MEETING_SERVICE: the `meeting_info` of a session created by an accept before a link is
   * added, and `meta.meetingPlatform` of every success envelope. Default "OFF", upstream's code default
   * (src/envVariables.js); a deployment with BigBlueButton sets "BBB".
   */
  defaultMeetingPlatform?: 'BBB' | 'OFF';
  /**
   * Whether `requestSessions/list` rows carry `request_type` (default true: services/requestSessions.js
   * `list` adds it since June 2025). False emulates a deployment built before that: the client must
   * tell the direction from the ids. `getDetails` never has it, either way.
   */
  listRequestType?: boolean;
  /**
   * SESSION_EDIT_WINDOW_MINUTES: sessions/update refuses an edit this close to the start (default 0 =
   * any time, upstream's code default; services/sessions.js `update`).
   */
  sessionEditWindowMinutes?: number;
  /**
   * SESSION_CREATION_MENTOR_LIMIT: the overlapping hosted sessions at which an accept is refused as a
   * clash (default 1, upstream's code default; 5 in its .env.sample). services/sessions.js
   * `isTimeSlotAvailable`.
   */
  mentorSessionLimit?: number;
  /**
   * ENABLE_CHAT (default false, upstream's src/envVariables.js default). It is every user's default
   * `chat_enabled` (database/models/userExtension.js), so with it off no accept creates a chat room and
   * `chat-open` carries no `roomId`; on, accepts create one (see {@link MentorEdUser.chat_enabled}). And
   * `users/requestCount` counts connection requests only when it is set (helpers/users.js
   * `findRequestCounts`); its default is never written to the environment, so 0 unless set.
   */
  enableChat?: boolean;
  /** Initial latency of every mocked call in ms (see {@link FaultInjector.latencyMs}). */
  latencyMs?: number;
}
