/**
 * The data of the MentorEd emulation and what its endpoints do with it: users, session requests, the
 * sessions created by accepting them, and connection requests / connections. Built from
 * `generateRequests` (same seed, same data; its history too). Rows are rendered per viewer, as upstream:
 * `user_details` is the other person, `request_type` / `created_by` say who sent what.
 */
import { generateRequests } from '../adapters/memory/generate.js';
import type { SessionRequest } from '../model/request.js';
import { FaultInjector } from './faults.js';
import { bookedSlots, clashesWithHosted, type AvailabilityDay } from './schedule.js';
import type {
  ConnectionStatus,
  MentorEdDbOptions,
  MentorEdUser,
  SessionRequestStatus,
  StoredConnection,
  StoredSession,
  StoredSessionRequest,
} from './types.js';

const ISO = (ms: number) => new Date(ms).toISOString();

/**
 * The data behind `createMentorEdHandlers` and the moves its endpoints make. Fields are public so tests
 * and stories can inspect and edit them; `MentorEdDb` (db.ts) adds the helpers tests and stories use.
 */
export class MentorEdStore extends FaultInjector {
  readonly me: string;
  readonly users = new Map<string, MentorEdUser>();
  readonly sessionRequests: StoredSessionRequest[] = [];
  readonly sessions: StoredSession[] = [];
  readonly connections: StoredConnection[] = [];
  /** Raw patches merged into a row's JSON (see {@link corrupt}): `"session:<id>"` / `"message:<id>"`. */
  readonly patches = new Map<string, Record<string, unknown>>();
  readonly defaultMeetingPlatform: 'BBB' | 'OFF';
  /** Whether list rows carry `request_type` (see {@link MentorEdDbOptions.listRequestType}). */
  listRequestType: boolean;
  /** SESSION_EDIT_WINDOW_MINUTES (see {@link MentorEdDbOptions.sessionEditWindowMinutes}). */
  sessionEditWindowMinutes: number;
  /** SESSION_CREATION_MENTOR_LIMIT (see {@link MentorEdDbOptions.mentorSessionLimit}). */
  mentorSessionLimit: number;
  /** ENABLE_CHAT (see {@link MentorEdDbOptions.enableChat}). */
  enableChat: boolean;
  private readonly clock: () => number;
  protected nextSession = 5001;
  private nextConnection = 9001;
  private nextRoom = 1;

  constructor(options: MentorEdDbOptions = {}) {
    super();
    const anchor =
      typeof options.now === 'function'
        ? options.now()
        : options.now === undefined
          ? Date.now()
          : new Date(options.now).getTime();
    this.clock = typeof options.now === 'function' ? options.now : () => Date.now();
    this.defaultMeetingPlatform = options.defaultMeetingPlatform ?? 'OFF';
    this.listRequestType = options.listRequestType ?? true;
    this.sessionEditWindowMinutes = options.sessionEditWindowMinutes ?? 0;
    this.mentorSessionLimit = options.mentorSessionLimit ?? 1;
    this.enableChat = options.enableChat ?? false;
    this.latencyMs = options.latencyMs ?? 0;
    const meInit = typeof options.me === 'string' ? { user_id: options.me } : (options.me ?? {});
    this.me = meInit.user_id ?? '1';
    this.users.set(this.me, {
      name: 'Me',
      image: null,
      experience: '5',
      designation: [{ value: 'mentor', label: 'Mentor' }],
      organization_id: '1',
      chat_enabled: this.enableChat,
      ...meInit,
      user_id: this.me,
    });
    const data = generateRequests({
      seed: options.seed ?? 1,
      sessionRequests: options.sessionRequests,
      messageRequests: options.messageRequests,
      history: options.history,
      now: anchor,
      avatarUrl: options.avatarUrl,
    });
    let pastSeen = 0;
    for (const request of data.sessionRequests) {
      // Half of the ended requests are marked EXPIRED; the others wait for the server's expiry job,
      // so the client must read "REQUESTED with an ended slot" as expired.
      const status: SessionRequestStatus =
        request.status === 'expired' && pastSeen++ % 2 === 0 ? 'EXPIRED' : 'REQUESTED';
      this.sessionRequests.push(this.storedRow(request, status));
    }
    for (const request of data.messageRequests) {
      const other = this.addPerson(request.person);
      const received = request.direction === 'received';
      this.addConnection(
        received ? other : this.me,
        received ? this.me : other,
        request.message,
        request.createdAt.getTime(),
      );
    }
    for (const request of data.history) this.addHandled(request);
  }

  /**
   * Stores a handled request of the generated history as upstream leaves it (paths under its `src/`):
   * - accepted: by `acceptSession` (services/requestSessions.js `accept`: the session, ACCEPTED with its
   *   `session_id` by database/queries/requestSessions.js `approveRequest`, the users connected); a link
   *   added later is stored as the client sent it (services/sessions.js `update`), here as ours does;
   * - rejected: REJECTED, `reject_reason` the text sent or null (queries/requestSessions.js `rejectRequest`);
   * - expired: EXPIRED, set at `end_date` by the job services/requestSessions.js `create` schedules, which
   *   calls `expire` → queries `expireRequest` (REQUESTED rows only).
   */
  private addHandled(request: SessionRequest): void {
    const created = request.createdAt.getTime();
    const stored = this.storedRow(request, 'REQUESTED');
    this.sessionRequests.push(stored);
    if (request.status === 'accepted') {
      this.acceptSession(stored);
      const session = this.sessions.find((s) => s.id === stored.session_id)!;
      if (request.meetingLink)
        session.meeting_info = {
          platform: 'Google meet',
          value: 'Gmeet',
          link: request.meetingLink.url,
          meta: {},
        };
    } else if (request.status === 'rejected') {
      Object.assign(stored, { status: 'REJECTED', reject_reason: request.rejectReason ?? null });
    } else {
      stored.status = 'EXPIRED';
    }
    // Handled an hour after it was asked; the expiry job runs at the slot's end.
    stored.updated_at = ISO(request.status === 'expired' ? stored.end_date * 1000 : created + 3_600_000);
  }

  /** A generated session request as upstream stores it (its person added), with `status`, as created. */
  private storedRow(request: SessionRequest, status: SessionRequestStatus): StoredSessionRequest {
    const other = this.addPerson(request.person);
    const received = request.direction === 'received';
    const created = ISO(request.createdAt.getTime());
    return {
      id: request.id,
      requestor_id: received ? other : this.me,
      requestee_id: received ? this.me : other,
      status,
      title: request.title,
      agenda: request.agenda,
      start_date: Math.floor(request.start.getTime() / 1000),
      end_date: Math.floor(request.end.getTime() / 1000),
      session_id: null,
      reject_reason: null,
      meta: null,
      created_at: created,
      updated_at: created,
    };
  }

  /** The server clock in ms. */
  now(): number {
    return this.clock();
  }

  private addPerson(person: {
    id: string;
    name: string;
    avatarUrl?: string;
    designations: string[];
    experienceYears?: number;
  }): string {
    const n = Number(person.id.replace(/\D/g, '')) || this.users.size;
    const id = String(100 + n);
    this.users.set(id, {
      user_id: id,
      name: person.name,
      image: person.avatarUrl ?? null,
      experience: person.experienceYears === undefined ? '' : String(person.experienceYears),
      designation: person.designations.map((label) => ({
        value: label.toLowerCase().replace(/\s+/g, '_'),
        label,
      })),
      organization_id: '1',
      chat_enabled: this.enableChat,
    });
    return id;
  }

  /** Adds a pending connection request (or an accepted connection) and returns it. */
  addConnection(
    requester: string,
    target: string,
    message: string,
    createdAt = this.now(),
    status: ConnectionStatus = 'REQUESTED',
  ): StoredConnection {
    const connection: StoredConnection = {
      id: this.nextConnection,
      requester_id: requester,
      target_id: target,
      status,
      meta: { message },
      created_at: ISO(createdAt),
      updated_at: ISO(createdAt),
    };
    this.nextConnection += 2;
    this.connections.push(connection);
    return connection;
  }

  // ---- Lookups -----------------------------------------------------------------------------------

  sessionRequest(id: string): StoredSessionRequest | undefined {
    return this.sessionRequests.find((r) => r.id === id);
  }

  /** Received-and-pending as a user sees it: REQUESTED and its slot not ended (what the tabs count). */
  isPending(request: StoredSessionRequest): boolean {
    return request.status === 'REQUESTED' && request.end_date * 1000 > this.now();
  }

  /**
   * A session request that accept / reject can still act on, as upstream finds it:
   * database/queries/requestSessions.js `findOneRequest` looks for the id with status REQUESTED only,
   * whoever asks and whether or not the slot has ended.
   */
  openSessionRequest(id: string): StoredSessionRequest | undefined {
    const found = this.sessionRequest(id);
    return found?.status === 'REQUESTED' ? found : undefined;
  }

  /** The pending request or accepted connection between two users (either direction), newest first. */
  connectionBetween(
    a: string,
    b: string,
    statuses: ConnectionStatus[] = ['REQUESTED', 'ACCEPTED'],
  ): StoredConnection | undefined {
    return [...this.connections]
      .reverse()
      .find(
        (c) =>
          statuses.includes(c.status) &&
          ((c.requester_id === a && c.target_id === b) || (c.requester_id === b && c.target_id === a)),
      );
  }

  /** Whether accepting a request for [start, end] is refused as a clash, as upstream decides (schedule.ts). */
  hasClash(user: string, start: number, end: number): boolean {
    return clashesWithHosted(this.sessions, user, start, end, this.mentorSessionLimit);
  }

  /** `requestSessions/userAvailability` for `user` (schedule.ts `bookedSlots`). */
  availability(
    user: string,
    window: { start: number; end: number } | undefined,
    statuses: readonly string[],
  ): AvailabilityDay[] {
    return bookedSlots(this.sessions, user, window, statuses, Math.floor(this.now() / 1000));
  }

  // ---- Transitions (what the endpoints do; also the "elsewhere" helpers) ---------------------------

  /**
   * Accepts a session request (services/requestSessions.js `accept`): creates the session with `mentor`
   * (the accepting user, the requestee by default) as its mentor and creator, marks the request
   * ACCEPTED with its `session_id`, and connects the two users unless they already are.
   */
  acceptSession(request: StoredSessionRequest, mentor = request.requestee_id): { connected: boolean } {
    const session: StoredSession = {
      id: String(this.nextSession++),
      mentor_id: mentor,
      mentee_ids: [request.requestor_id],
      title: request.title,
      description: request.agenda,
      start_date: request.start_date,
      end_date: request.end_date,
      status: 'PUBLISHED',
      created_by: mentor,
      // services/sessions.js `create`: the default service's info, no link (constants/common.js BBB_PLATFORM).
      meeting_info:
        this.defaultMeetingPlatform === 'BBB'
          ? { platform: 'BigBlueButton (Default)', value: 'BBB' }
          : { platform: 'OFF', value: 'OFF' },
    };
    this.sessions.push(session);
    Object.assign(request, { status: 'ACCEPTED', session_id: session.id, updated_at: ISO(this.now()) });
    const existing = this.connectionBetween(mentor, request.requestor_id, ['ACCEPTED']);
    if (existing) return { connected: false };
    // services/requestSessions.js `accept` → `checkConnectionRequestExists(mentor, mentee)`: a pending
    // request the mentee sent is approved; otherwise a new one is made from the mentee and approved.
    const pending = this.connections.find(
      (c) => c.status === 'REQUESTED' && c.requester_id === request.requestor_id && c.target_id === mentor,
    );
    const connection =
      pending ?? this.addConnection(request.requestor_id, mentor, 'Hi, I would like to connect with you.');
    this.acceptConnection(connection);
    return { connected: true };
  }

  /**
   * Accepts a connection request (services/connections.js `accept` 278-331 → database/queries/
   * connection.js `approveRequest` 90-139: the request rows become ACCEPTED connection rows). A chat room
   * exactly as upstream makes one, in `accept` 297-318 and in services/requestSessions.js `accept`
   * 422-452 (a session accept that connects the two): only when both users' extensions exist and both
   * have `settings.chat_enabled === true` (see {@link MentorEdUser.chat_enabled}), then
   * helpers/communications.js `createChatRoom` makes a new room and `updateConnection` stores
   * `{ ...meta, room_id }` on both rows; otherwise `meta` stays as it was, with no `room_id`.
   */
  acceptConnection(connection: StoredConnection): void {
    connection.status = 'ACCEPTED';
    connection.updated_at = ISO(this.now());
    const a = this.users.get(connection.requester_id);
    const b = this.users.get(connection.target_id);
    if (a?.chat_enabled === true && b?.chat_enabled === true)
      connection.meta = { ...connection.meta, room_id: `room-${this.nextRoom++}` };
  }

  /**
   * Rejects a session request (services/requestSessions.js `reject` 489-535 → database/queries/
   * requestSessions.js `rejectRequest` 157-175): REJECTED, `reject_reason` the text sent or null.
   */
  rejectSession(request: StoredSessionRequest, reason?: string): void {
    Object.assign(request, {
      status: 'REJECTED',
      reject_reason: reason || null,
      updated_at: ISO(this.now()),
    });
  }

  /**
   * Rejects a connection request (services/connections.js `reject` 340-371 → database/queries/
   * connection.js `rejectRequest` 141-163: both rows REJECTED and soft-deleted, so pending lists lose it
   * and only the rejecter's `getInfo` still finds it).
   */
  rejectConnection(connection: StoredConnection): void {
    connection.status = 'REJECTED';
    connection.updated_at = ISO(this.now());
  }

  sortNewest<T extends { created_at: string; id: string | number }>(rows: T[]): T[] {
    return [...rows].sort(
      (a, b) => b.created_at.localeCompare(a.created_at) || String(a.id).localeCompare(String(b.id)),
    );
  }

  // ---- Rows as the server renders them -----------------------------------------------------------

  /** `user_details` of a user (the other person of a row). */
  userDetails(userId: string): Record<string, unknown> | null {
    const user = this.users.get(userId);
    if (!user) return null;
    const { chat_enabled: _chat, blocked: _blocked, ...details } = user;
    return { ...details, designation: details.designation.map((d) => ({ ...d })) };
  }

  /** The other party of a session request as upstream picks it (services/requestSessions.js `getInfo`). */
  otherParty(request: StoredSessionRequest, viewer = this.me): string {
    return viewer === request.requestee_id ? request.requestor_id : request.requestee_id;
  }

  /**
   * A SessionRequestRow for `viewer`: the stored row plus `user_details` of the other party. With
   * `listRow`, as `requestSessions/list` renders it: `request_type` added when the deployment has it
   * (services/requestSessions.js `list`, since June 2025; see `listRequestType`). `getDetails` never
   * adds it (services/requestSessions.js `getInfo` returns the raw row), and does not check that the
   * viewer is a party to the request.
   */
  sessionRequestRow(
    request: StoredSessionRequest,
    viewer = this.me,
    listRow = false,
  ): Record<string, unknown> {
    const row: Record<string, unknown> = {
      ...request,
      meta: request.meta ? { ...request.meta } : null,
      user_details: this.userDetails(this.otherParty(request, viewer)),
    };
    if (listRow && this.listRequestType)
      row.request_type = request.requestor_id === viewer ? 'sent' : 'received';
    return { ...row, ...this.patches.get(`session:${request.id}`) };
  }

  /** A ConnectionRow for `viewer` (my side: `user_id` is me, `friend_id` the other person). */
  connectionRow(connection: StoredConnection, viewer = this.me): Record<string, unknown> | null {
    const sent = connection.requester_id === viewer;
    if (!sent && connection.target_id !== viewer) return null;
    const friend = sent ? connection.target_id : connection.requester_id;
    // database/queries/connection.js reads raw rows: the INTEGER id stays a number.
    const row = {
      id: sent ? connection.id : connection.id + 1,
      user_id: viewer,
      friend_id: friend,
      status: connection.status,
      meta: { ...connection.meta },
      created_by: connection.requester_id,
      updated_by: connection.requester_id,
      created_at: connection.created_at,
      updated_at: connection.updated_at,
      user_details: this.userDetails(friend),
    };
    return { ...row, ...this.patches.get(`message:${friend}`) };
  }
}
