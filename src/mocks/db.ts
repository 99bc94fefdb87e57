/**
 * `MentorEdDb`: the emulation's store (store.ts) with the helpers that tests, stories and the demo use
 * to set a scene in one call: a request handled "elsewhere", an ended slot, a clash, a blocked user, a
 * corrupted row, an exact population, and the counts the tabs should show.
 */
import { MentorEdStore } from './store.js';
import type { MentorEdDbOptions, StoredConnection, StoredSessionRequest } from './types.js';

export type * from './types.js';

const ISO = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

/** The store behind `createMentorEdHandlers`, with its scene-setting helpers. */
export class MentorEdDb extends MentorEdStore {
  /**
   * Accepts a request as if the viewer had done it on another device. `id` is the session request id,
   * or for `'message'` the other user's id (the message request id).
   */
  acceptElsewhere(id: string, kind: 'session' | 'message' = 'session'): void {
    if (kind === 'session') this.acceptSession(this.mustFindSession(id));
    else this.acceptConnection(this.mustFindConnection(id));
  }

  /** Rejects a request as if the viewer had done it on another device. */
  rejectElsewhere(id: string, kind: 'session' | 'message' = 'session', reason?: string): void {
    if (kind === 'message') {
      const connection = this.mustFindConnection(id);
      connection.status = 'REJECTED';
      connection.updated_at = ISO(this.now());
      return;
    }
    Object.assign(this.mustFindSession(id), {
      status: 'REJECTED',
      reject_reason: reason ?? null,
      updated_at: ISO(this.now()),
    });
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
    let requestor = fields.requestor_id;
    if (!requestor) {
      requestor = String(20_000 + this.users.size);
      this.users.set(requestor, {
        user_id: requestor,
        name: `Mentee ${requestor}`,
        image: null,
        experience: '2',
        designation: [{ value: 'teacher', label: 'Teacher' }],
        organization_id: '1',
        chat_enabled: false,
      });
    }
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
