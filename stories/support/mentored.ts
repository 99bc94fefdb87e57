/**
 * Stories talk to the MSW emulation of MentorEd through the real `MentorEdAdapter`, as a host would.
 *
 * `msw-storybook-addon` (its `mswLoader()` in `.storybook/preview.ts`) starts the service worker once per
 * preview and, before every story, resets the worker to the story's `parameters.msw.handlers`.
 * `mentorEdLoader` (added by every meta that needs data) then builds a **fresh, seeded db for each
 * render** from `parameters.mentorEd`, adds the MentorEd handlers for it, and hands the story
 * `loaded.adapter` (a `MentorEdAdapter` on `location.origin + '/mentoring/v1'`; the data restyled as a real
 * inbox looks, src/mocks/showcase.ts) and `loaded.db` (for the
 * fault knobs and the "elsewhere" helpers in play functions). Nothing leaks from one story to another:
 * re-opening a story starts from the same data again.
 */
import type { HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { MentorEdAdapter, type MentorEdAdapterOptions } from '../../src/adapters/index.js';
import {
  createMentorEdDb,
  createMentorEdHandlers,
  type MentorEdDb,
  type MentorEdDbOptions,
} from '../../src/mocks/index.js';
import { SHOWCASE_AVATAR_BASE, showcaseDb } from '../../src/mocks/showcase.js';

/** The API root the stories' adapter uses (the emulation answers there). */
export const API_BASE = `${location.origin}/mentoring/v1`;

/** What a story asks of the emulation (`parameters.mentorEd`). */
export interface MentorEdStoryParams extends MentorEdDbOptions {
  /**
   * Edits the fresh db before the story renders (data, fault knobs, helpers such as `acceptElsewhere`).
   * What it returns is merged into `loaded`, e.g. `{ requestId: db.pendingReceivedSessionIds()[0] }`.
   */
  setup?: (db: MentorEdDb) => Record<string, unknown> | void;
  /** Extra `MentorEdAdapter` options (e.g. `timeoutMs: 0` for a request that never answers). */
  adapter?: Partial<MentorEdAdapterOptions>;
  /** No avatar pictures (initials only). */
  noPictures?: boolean;
  /**
   * The generator's plain data instead of the showcase's (default: the showcase, src/mocks/showcase.ts:
   * names in several languages, varied slots, agendas and messages).
   */
  plain?: boolean;
}

/** What `mentorEdLoader` adds to `context.loaded`. */
export interface MentorEdLoaded {
  db: MentorEdDb;
  adapter: MentorEdAdapter;
  requestId?: string;
  [key: string]: unknown;
}

/**
 * The `parameters` of a story about one request: `pick` chooses it in the story's fresh db (its id
 * becomes `loaded.requestId`); `change`, when given, then edits the db for the story (accepts the request
 * elsewhere, makes a call fail...); `adapter` adds `MentorEdAdapter` options.
 */
export function requestStory(
  pick: (db: MentorEdDb) => string,
  change?: (db: MentorEdDb, requestId: string) => void,
  adapter?: Partial<MentorEdAdapterOptions>,
): { mentorEd: MentorEdStoryParams } {
  const setup = (db: MentorEdDb) => {
    const requestId = pick(db);
    change?.(db, requestId);
    return { requestId };
  };
  return { mentorEd: adapter ? { setup, adapter } : { setup } };
}

/** The `loaded` of a story context, typed. */
export function loadedOf(context: { loaded: Record<string, unknown> }): MentorEdLoaded {
  return context.loaded as MentorEdLoaded;
}

/** The flat list of `parameters.msw` handlers (an array, or `{ handlers: [] | { key: [] } }`). */
function storyHandlers(parameter: unknown): HttpHandler[] {
  if (Array.isArray(parameter)) return parameter as HttpHandler[];
  const handlers = (parameter as { handlers?: unknown } | undefined)?.handlers;
  if (!handlers) return [];
  const list = Array.isArray(handlers) ? handlers : Object.values(handlers as Record<string, unknown>);
  return (list.flat() as (HttpHandler | null | undefined)[]).filter((h): h is HttpHandler => Boolean(h));
}

/**
 * Component-level loader: runs after the project's `mswLoader()`, so `context.msw` is the started
 * worker, already reset to the story's `parameters.msw.handlers`.
 */
export const mentorEdLoader = async (context: {
  parameters: Record<string, unknown>;
  msw?: SetupWorker;
}): Promise<Partial<MentorEdLoaded>> => {
  const params = context.parameters.mentorEd as MentorEdStoryParams | undefined;
  if (!params) return {};
  const { setup, adapter: adapterOptions, noPictures, plain, ...dbOptions } = params;
  const avatarUrl = noPictures ? undefined : (id: string) => `${SHOWCASE_AVATAR_BASE}/${id}.svg`;
  const db = createMentorEdDb({ seed: 7, ...(avatarUrl ? { avatarUrl } : {}), ...dbOptions });
  if (!plain) showcaseDb(db, avatarUrl);
  const extra = setup?.(db) ?? {};
  const worker = context.msw;
  if (!worker) throw new Error('mentorEdLoader: mswLoader() (in .storybook/preview.ts) must run first');
  worker.use(...createMentorEdHandlers({ baseUrl: API_BASE, db }));
  // `use()` prepends: the story's own handlers go back in front of the emulation.
  const own = storyHandlers(context.parameters.msw);
  if (own.length > 0) worker.use(...own);
  const adapter = new MentorEdAdapter({ baseUrl: API_BASE, token: 'story', ...adapterOptions });
  return { db, adapter, ...extra } satisfies MentorEdLoaded;
};

// ---- Avatars ---------------------------------------------------------------------------------------

/** Draws the avatar pictures the seeded data points at (src/mocks/showcase.ts). Registered for every story in preview.ts. */
export { showcaseAvatarHandlers as avatarHandlers } from '../../src/mocks/showcase.js';

// ---- Data helpers for stories ----------------------------------------------------------------------

/** The first pending session request the viewer *sent*. */
export function sentPendingSessionId(db: MentorEdDb): string {
  const found = db.sortNewest(
    db.sessionRequests.filter((r) => r.requestor_id === db.me && db.isPending(r)),
  )[0];
  if (!found) throw new Error('story data: no sent pending session request');
  return found.id;
}

/** The first pending message request the viewer *sent* (its id is the other user's id). */
export function sentPendingMessageId(db: MentorEdDb): string {
  const found = db.sortNewest(
    db.connections.filter((c) => c.requester_id === db.me && c.status === 'REQUESTED'),
  )[0];
  if (!found) throw new Error('story data: no sent pending message request');
  return found.target_id;
}

/** The first received, pending session request. */
export function receivedSessionId(db: MentorEdDb): string {
  const id = db.pendingReceivedSessionIds()[0];
  if (!id) throw new Error('story data: no received pending session request');
  return id;
}

/** The first received, pending message request (the other user's id). */
export function receivedMessageId(db: MentorEdDb): string {
  const id = db.pendingReceivedMessageIds()[0];
  if (!id) throw new Error('story data: no received pending message request');
  return id;
}

/** Accepts session request `id` "elsewhere" and gives its session a Zoom link, as the mentor would. */
export function acceptWithZoomLink(db: MentorEdDb, id: string): void {
  db.acceptElsewhere(id, 'session');
  const request = db.sessionRequest(id);
  const session = db.sessions.find((s) => s.id === request?.session_id);
  if (!session) throw new Error(`story data: no session for request ${id}`);
  session.meeting_info = {
    platform: 'Zoom',
    value: 'Zoom',
    link: 'https://us02web.zoom.us/j/81234567890?pwd=Qk7pR2mXvT',
    meta: { meetingId: '812 3456 7890', password: 'k7Q2pR' },
  };
}

export const LONG_AGENDA =
  'ನಮಸ್ಕಾರ! I teach mathematics to two mixed-ability groups of fifty-five students each, in a school ' +
  'with one projector and intermittent electricity. I would like to talk about: (1) keeping everyone ' +
  'engaged during double periods; (2) formative assessment that takes less than ten minutes a week; ' +
  '(3) how to involve parents who work long hours; (4) a realistic plan for the board-exam revision ' +
  'term; and (5) the supercalifragilisticexpialidocious-length-words-and-URLs-like-https://example.org/' +
  'a/very/long/path/that/never/breaks that always overflow narrow cards.';

/** Gives the other person of session request `id` a very long, non-Latin name and long texts. */
export function makeLongAndNonLatin(db: MentorEdDb, id: string): void {
  const request = db.sessionRequest(id);
  if (!request) throw new Error(`story data: no session request ${id}`);
  const other = request.requestor_id === db.me ? request.requestee_id : request.requestor_id;
  const user = db.users.get(other);
  if (user) {
    user.name = 'श्रीमती अन्नपूर्णा वेंकटरमण सुब्रह्मण्यम् कृष्णमूर्ति';
    user.designation = [
      { value: 'block_education_officer', label: 'Block education officer (primary and upper primary)' },
      { value: 'cluster', label: 'Cluster resource person' },
      { value: 'teacher', label: 'Teacher' },
    ];
    user.experience = '27';
  }
  request.title =
    `${'Lesson planning with low resources, mixed-ability groups and exam preparation — '.repeat(2)}`.trim();
  request.agenda = LONG_AGENDA;
}

/** Gives the sender of message request `otherId` a long non-Latin name and a long first message. */
export function makeLongMessage(db: MentorEdDb, otherId: string): void {
  const user = db.users.get(otherId);
  if (user) {
    user.name = 'محمد عبد الرحمن بن عبد العزيز الأحمد الهاشمي';
    user.designation = [{ value: 'principal', label: 'Principal, Government Higher Secondary School' }];
  }
  const connection = db.connectionBetween(db.me, otherId, ['REQUESTED']);
  if (connection) {
    connection.meta.message =
      'مرحبا! Hello! I attended your session on classroom management last week and I have a few ' +
      'questions about mentoring new teachers in rural schools: how often should we meet, what should ' +
      'the first three sessions cover, and how do you keep notes without turning it into paperwork? ' +
      'Also: https://example.org/a-very-long-link-that-should-wrap-inside-the-bubble-and-not-overflow';
  }
}

// ---- History (the filters' accepted, rejected and expired requests) ---------------------------------

const DAY_S = 86_400;

/** A new user in the db (a person of a history row added by {@link ensureHistory}). */
function addPerson(db: MentorEdDb, name: string, designation: string): string {
  const id = String(30_000 + db.users.size);
  db.users.set(id, {
    user_id: id,
    name,
    image: null,
    experience: '4',
    designation: [{ value: designation.toLowerCase().replace(/\s+/g, '_'), label: designation }],
    organization_id: '1',
    chat_enabled: false,
  });
  return id;
}

type HistoryStatus = 'ACCEPTED' | 'REJECTED' | 'EXPIRED';

/** Whether the db holds a `status` session request of the viewer's in `direction` that passes `test`. */
function hasHistory(
  db: MentorEdDb,
  status: HistoryStatus,
  direction: 'received' | 'sent',
  test: (row: MentorEdDb['sessionRequests'][number]) => boolean = () => true,
): boolean {
  return db.sessionRequests.some(
    (r) =>
      r.status === status &&
      (direction === 'received' ? r.requestee_id : r.requestor_id) === db.me &&
      test(r),
  );
}

/**
 * Makes sure the db holds a history for the filters: accepted session requests (received with and
 * without a meeting link, and sent), rejected ones (received with a reason, and sent) and expired ones
 * (received and sent). The emulation seeds one (`history`, 8 rows by default); this adds, through the
 * db's own API, only what the seed lacks, so the stories work with or without it. Slots of accepted
 * rows are 40+ days ahead: after every pending slot, so accepting a pending request never clashes.
 */
export function ensureHistory(db: MentorEdDb): void {
  const now = Math.floor(db.now() / 1000);
  const add = (direction: 'received' | 'sent', name: string, days: number) => {
    const other = addPerson(db, name, direction === 'received' ? 'Teacher' : 'Mentor');
    const start = Math.floor((now + days * DAY_S) / 3600) * 3600;
    return db.addSessionRequest({
      ...(direction === 'received'
        ? { requestor_id: other, requestee_id: db.me }
        : { requestor_id: db.me, requestee_id: other }),
      title: direction === 'received' ? 'Planning the next term' : 'Feedback on my lesson plans',
      agenda: 'Goals for the next term and how to track them.',
      start_date: start,
      end_date: start + 3600,
    });
  };
  const accept = (direction: 'received' | 'sent', name: string, days: number, link?: string) => {
    const request = add(direction, name, days);
    db.acceptSession(request);
    const session = db.sessions.find((s) => s.id === request.session_id);
    if (session && link) session.meeting_info = { platform: 'Google meet', value: 'Gmeet', link, meta: {} };
  };
  const withLink = (r: { session_id: string | null }) =>
    Boolean(db.sessions.find((s) => s.id === r.session_id)?.meeting_info?.link);
  if (!hasHistory(db, 'ACCEPTED', 'received', withLink))
    accept('received', 'Kavya Nair', 41, 'https://meet.google.com/abc-mnop-xyz');
  if (!hasHistory(db, 'ACCEPTED', 'received', (r) => !withLink(r))) accept('received', 'Rahul Verma', 43);
  if (!hasHistory(db, 'ACCEPTED', 'sent')) accept('sent', 'Fatima Sheikh', 45);
  if (!hasHistory(db, 'REJECTED', 'received', (r) => Boolean(r.reject_reason))) {
    const request = add('received', 'Deepak Joshi', 5);
    db.rejectElsewhere(request.id, 'session', 'I am travelling that week; please pick a slot next month.');
  }
  if (!hasHistory(db, 'REJECTED', 'sent')) {
    const request = add('sent', 'Lakshmi Menon', 6);
    db.rejectElsewhere(request.id, 'session', 'My calendar is full until the exams are over.');
  }
  if (!hasHistory(db, 'EXPIRED', 'received')) db.expire(add('received', 'Imran Qureshi', 2).id);
  if (!hasHistory(db, 'EXPIRED', 'sent')) db.expire(add('sent', 'Neha Kulkarni', 3).id);
}

/** The newest received session request that was rejected with a reason (after {@link ensureHistory}). */
export function rejectedWithReason(db: MentorEdDb): { id: string; reason: string } {
  const found = db.sortNewest(
    db.sessionRequests.filter((r) => r.requestee_id === db.me && r.status === 'REJECTED' && r.reject_reason),
  )[0];
  if (!found?.reject_reason) throw new Error('story data: no received request rejected with a reason');
  return { id: found.id, reason: found.reject_reason };
}
