/**
 * `MentorEdDb`: the emulation's store (store.ts) with the helpers that tests, stories and the demo use
 * to set a scene in one call: a request handled "elsewhere", a new request arriving, an ended slot, a
 * clash, a blocked user, a corrupted row, an exact population, and the counts the tabs should show.
 *
 * The live controls ("a new request arrives": `receiveSessionRequest`, `receiveMessageRequest`; "handled
 * elsewhere": `acceptElsewhere`, `rejectElsewhere`) change the data as upstream's own calls would, through
 * the transitions the routes use (store.ts), and refuse (throw) what upstream would refuse. MentorEd has
 * no push: a client sees them at its next read (a poll).
 */
import { MentorEdStore } from './store.js';
import type { MentorEdDbOptions, StoredConnection, StoredSession, StoredSessionRequest } from './types.js';

export type * from './types.js';

const ISO = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

/** The store behind `createMentorEdHandlers`, with its scene-setting helpers. */
export class MentorEdDb extends MentorEdStore {
  /**
   * "Handled elsewhere": accepts a pending request as the viewer's other device would (or, for one the
   * viewer sent, as the other user would), through the accept routes' transitions: store.ts
   * `acceptSession` (services/requestSessions.js `accept`: the session, ACCEPTED with its `session_id`,
   * the users connected) or `acceptConnection` (services/connections.js `accept`). `id` is the session
   * request id, or for `'message'` the other user's id (the message request id). Throws where upstream
   * finds nothing to act on: a session request not REQUESTED (`findOneRequest`, the route's 404), no
   * pending connection request with that user. The slot-clash refusal is left out, so a scene can accept
   * any pending request (`scheduleClash` and the route test refusals).
   */
  acceptElsewhere(id: string, kind: 'session' | 'message' = 'session'): void {
    if (kind === 'session') this.acceptSession(this.mustFindOpenSession(id));
    else this.acceptConnection(this.mustFindConnection(id));
  }

  /**
   * "Handled elsewhere": rejects a pending request as the viewer's other device would (or, for one the
   * viewer sent, the other user), through the reject routes' transitions: store.ts `rejectSession` (with
   * `reason`, stored as sent) or `rejectConnection`. Throws as `acceptElsewhere` does.
   */
  rejectElsewhere(id: string, kind: 'session' | 'message' = 'session', reason?: string): void {
    if (kind === 'session') this.rejectSession(this.mustFindOpenSession(id), reason);
    else this.rejectConnection(this.mustFindConnection(id));
  }

  /**
   * "A new request arrives": a session request sent to the viewer now, as services/requestSessions.js
   * `create` 43-188 stores it (database/queries/requestSessions.js `addSessionRequest` 26-50: REQUESTED,
   * the requestor's row, `created_at` now, so it is the newest). From a new user unless `requestor_id` is
   * given; a one-hour slot tomorrow unless given. Throws what `create` refuses: a request to oneself
   * (SELF_MENTOR), a slot under 30 minutes or over 24 hours, a second pending request from a user not
   * connected to the requestee (`checkPendingRequest` 211-224, SESSION_REQUEST_PENDING). Returns the row.
   */
  receiveSessionRequest(fields: Partial<StoredSessionRequest> = {}): StoredSessionRequest {
    const now = ISO(this.now());
    const requestor = fields.requestor_id ?? this.newUser('Mentee');
    const requestee = fields.requestee_id ?? this.me;
    const start = fields.start_date ?? Math.floor(this.now() / 1000) + 86_400;
    const minutes = ((fields.end_date ?? start + 3600) - start) / 60;
    if (requestor === requestee) throw new Error('MentorEdDb: SELF_MENTOR (a request to oneself)');
    if (minutes < 30 || minutes > 1440)
      throw new Error('MentorEdDb: the slot must last 30 minutes to 24 hours (services/requestSessions.js)');
    const pending = this.sessionRequests.some(
      (r) => r.requestor_id === requestor && r.requestee_id === requestee && r.status === 'REQUESTED',
    );
    if (pending && !this.connectionBetween(requestor, requestee, ['ACCEPTED']))
      throw new Error(`MentorEdDb: SESSION_REQUEST_PENDING (user ${requestor} already has one pending)`);
    return this.addSessionRequest({
      start_date: start,
      end_date: start + 3600,
      created_at: now,
      updated_at: now,
      ...fields,
      requestor_id: requestor,
      requestee_id: requestee,
      status: 'REQUESTED',
    });
  }

  /**
   * "A new request arrives": a message (connection) request sent to the viewer now, as
   * services/connections.js `initiate` 41-90 stores it (database/queries/connection.js `addFriendRequest`
   * 13-48: REQUESTED, one row per side, `created_by` the sender; here one stored connection stands for
   * both). From a new user unless `from` is given. Throws what `initiate` refuses: a pending request or a
   * connection between the two already (CONNECTION_REQUEST_EXISTS, CONNECTION_EXITS), a request to
   * oneself. Returns the connection; the message request's id is `requester_id`.
   */
  receiveMessageRequest(options: { from?: string; message?: string } = {}): StoredConnection {
    const from = options.from ?? this.newUser('Teacher');
    if (from === this.me) throw new Error('MentorEdDb: a connection request to oneself');
    if (this.connectionBetween(from, this.me))
      throw new Error(
        `MentorEdDb: user ${from} already has a pending request or a connection with the viewer`,
      );
    return this.addConnection(from, this.me, options.message ?? 'Hi, I would like to connect with you.');
  }

  /**
   * Moves a session request's slot one hour into the past. With `mark` (default true) it is also
   * marked EXPIRED, as the server's expiry job does; with `mark: false` it stays REQUESTED, as between
   * the slot's end and that job, and the client alone must read it as expired.
   */
  expire(id: string, options: { mark?: boolean } = {}): void {
    const request = this.mustFindSession(id);
    const end = Math.floor((this.now() - HOUR) / 1000);
    request.start_date = end - 3600;
    request.end_date = end;
    if (options.mark ?? true) request.status = 'EXPIRED';
  }

  /** Books another session for the requestee in the same slot, so accepting `id` gets the 400 clash. */
  scheduleClash(id: string): void {
    const request = this.mustFindSession(id);
    this.sessions.push({
      id: String(this.nextSession++),
      mentor_id: request.requestee_id,
      mentee_ids: ['999'],
      title: 'Another session',
      description: '',
      start_date: request.start_date,
      end_date: request.end_date,
      status: 'PUBLISHED',
      created_by: request.requestee_id,
      meeting_info: { platform: 'OFF', value: 'OFF' },
    });
  }

  /**
   * Books a session for the viewer (by default they host it; `enrolled: true` makes them a mentee of
   * someone else's), from `start` to `end` (epoch seconds), PUBLISHED, as services/sessions.js `create`
   * stores one: `requestSessions/userAvailability` and the accept's clash check see it. Returns it.
   */
  bookSession(fields: { start: number; end: number; title?: string; enrolled?: boolean }): StoredSession {
    const mentor = fields.enrolled ? this.newUser('Mentor') : this.me;
    const session: StoredSession = {
      id: String(this.nextSession++),
      mentor_id: mentor,
      mentee_ids: fields.enrolled ? [this.me] : ['999'],
      title: fields.title ?? '',
      description: '',
      start_date: fields.start,
      end_date: fields.end,
      status: 'PUBLISHED',
      created_by: mentor,
      meeting_info: { platform: 'OFF', value: 'OFF' },
    };
    this.sessions.push(session);
    return session;
  }

  /** Marks a user blocked: `getDetails` of their session requests then answers 200 with no result. */
  blockUser(userId: string): void {
    const user = this.users.get(userId);
    if (user) user.blocked = true;
  }

  /**
   * Merges `patch` into the JSON of one row wherever it is sent (lists and details), to test how a
   * client copes with bad data: e.g. `db.corrupt('session', '1003', { start_date: 'soon' })`.
   * `id` is the session request id, or for `'message'` the other user's id.
   */
  corrupt(kind: 'session' | 'message', id: string, patch: Record<string, unknown>): void {
    this.patches.set(`${kind}:${id}`, { ...this.patches.get(`${kind}:${id}`), ...patch });
  }

  /**
   * What upstream's `users/requestCount` answers (helpers/users.js `findRequestCounts`): session requests
   * the viewer *sent* still REQUESTED, and connection requests the viewer sent or received (one row per
   * direction is stored, so a row with `friend_id = me` exists for both). Not the tabs' counts.
   */
  upstreamRequestCount(viewer = this.me): { connectionRequestCount: number; sessionRequestCount: number } {
    return {
      connectionRequestCount: this.enableChat
        ? this.connections.filter(
            (c) => c.status === 'REQUESTED' && (c.requester_id === viewer || c.target_id === viewer),
          ).length
        : 0,
      sessionRequestCount: this.sessionRequests.filter(
        (r) => r.requestor_id === viewer && r.status === 'REQUESTED',
      ).length,
    };
  }

  /** What the tabs should show for `viewer`: received requests still pending (the correct counts). */
  pendingReceivedCounts(viewer = this.me): { session: number; message: number } {
    return {
      session: this.sessionRequests.filter((r) => r.requestee_id === viewer && this.isPending(r)).length,
      message: this.connections.filter((c) => c.target_id === viewer && c.status === 'REQUESTED').length,
    };
  }

  /** The received, pending session requests of `viewer`, newest first: handy ids for tests. */
  pendingReceivedSessionIds(viewer = this.me): string[] {
    return this.sortNewest(
      this.sessionRequests.filter((r) => r.requestee_id === viewer && this.isPending(r)),
    ).map((r) => r.id);
  }

  /** The other users' ids of `viewer`'s received pending message requests, newest first. */
  pendingReceivedMessageIds(viewer = this.me): string[] {
    return this.sortNewest(
      this.connections.filter((c) => c.target_id === viewer && c.status === 'REQUESTED'),
    ).map((c) => c.requester_id);
  }

  /**
   * Adds a session request (for tests that need an exact population, e.g. 250 pending). Defaults: from a
   * new user to the viewer, REQUESTED, tomorrow for an hour, older than every request before it.
   */
  addSessionRequest(fields: Partial<StoredSessionRequest> = {}): StoredSessionRequest {
    const created = this.now();
    const start = Math.floor(created / 1000) + 86_400;
    const requestor = fields.requestor_id || this.newUser('Mentee');
    const request: StoredSessionRequest = {
      id: String(70_000 + this.sessionRequests.length),
      requestor_id: requestor,
      requestee_id: this.me,
      status: 'REQUESTED',
      title: 'Session request',
      agenda: '',
      start_date: start,
      end_date: start + 3600,
      session_id: null,
      reject_reason: null,
      meta: null,
      created_at: ISO(created - 86_400_000 - this.sessionRequests.length * 1000),
      updated_at: ISO(created),
      ...fields,
    };
    this.sessionRequests.push(request);
    return request;
  }

  /** A new user with a profile, named `<title> <id>`; returns the id. */
  private newUser(title: 'Mentee' | 'Teacher' | 'Mentor'): string {
    let id = 20_000 + this.users.size;
    while (this.users.has(String(id))) id++;
    const user = String(id);
    this.users.set(user, {
      user_id: user,
      name: `${title} ${user}`,
      image: null,
      experience: '2',
      designation: [{ value: 'teacher', label: 'Teacher' }],
      organization_id: '1',
      chat_enabled: this.enableChat, // ENABLE_CHAT, as every user (types.ts MentorEdUser.chat_enabled)
    });
    return user;
  }

  /** A session request upstream's accept / reject can act on (`findOneRequest`: REQUESTED only). */
  private mustFindOpenSession(id: string): StoredSessionRequest {
    const found = this.mustFindSession(id);
    if (!this.openSessionRequest(id))
      throw new Error(`MentorEdDb: session request ${id} is ${found.status}, not REQUESTED (404 upstream)`);
    return found;
  }

  private mustFindSession(id: string): StoredSessionRequest {
    const found = this.sessionRequest(id);
    if (!found) throw new Error(`MentorEdDb: no session request ${id}`);
    return found;
  }

  /** The pending connection request between the viewer and user `otherId`. */
  private mustFindConnection(otherId: string): StoredConnection {
    const found = this.connectionBetween(this.me, otherId, ['REQUESTED']);
    if (!found) throw new Error(`MentorEdDb: no pending connection request with user ${otherId}`);
    return found;
  }
}

/** Creates the store. Same options, same data (the clock aside). */
export function createMentorEdDb(options: MentorEdDbOptions = {}): MentorEdDb {
  return new MentorEdDb(options);
}
