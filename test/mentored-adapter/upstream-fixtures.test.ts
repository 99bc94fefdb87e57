/**
 * MentorEdAdapter against upstream's own answers: every fixture in test/fixtures/mentored/ (the example
 * responses of ELEVATE-Project/mentoring's src/api-doc/api-doc.yaml, and variants built from its source
 * at aa52d89e; each file's `source` says which) is served by a fake `fetch`, and the model the adapter
 * makes of it is checked. docs/mentored-api.md explains each behaviour.
 *
 * No MSW here: the bodies are upstream's, byte for byte, not our emulation's.
 */
import { expect } from '@open-wc/testing';
import {
  MentorEdAdapter,
  type MentorEdAdapterOptions,
} from '../../src/adapters/mentored/mentored-adapter.js';
import { isSlotClash } from '../../src/adapters/types.js';
import type { RequestsErrorKind } from '../../src/model/errors.js';
import type { MeetingLink } from '../../src/model/request.js';
import { captureWarnings, rejectsWith } from '../contract/support.js';

interface Fixture {
  source: string;
  endpoint: string;
  status: number;
  body: unknown;
}

interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

const BASE = 'https://mentored.test/mentoring/v1';
const TOKEN = 'fixture-token-7c1e4b';
/** 2025-04-01T00:00Z: before every slot in the fixtures, so REQUESTED rows read as pending. */
const BEFORE_SLOTS = Date.UTC(2025, 3, 1);
const ALL = { page: 1, pageSize: 100 };
const GMEET: MeetingLink = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };

/** Every fixture file (the browser cannot list a directory): the format test reads them all. */
const FIXTURES = [
  'auth-401.access-token-expired.from-source.json',
  'auth-401.permission-denied.from-source.json',
  'auth-401.unauthorized-request.from-source.json',
  'auth-401.user-not-found.from-source.json',
  'auth-401.user-role-updated.from-source.json',
  'connections-accept.api-doc.json',
  'connections-accept.not-found.from-source.json',
  'connections-get-info.api-doc.json',
  'connections-get-info.connection-not-found.from-source.json',
  'connections-get-info.pending-received.from-source.json',
  'connections-get-info.rejected.from-source.json',
  'connections-get-info.user-not-found.from-source.json',
  'connections-pending.api-doc.json',
  'connections-pending.received.from-source.json',
  'connections-reject.api-doc.json',
  'request-sessions-accept.api-doc.json',
  'request-sessions-accept.approved-and-connected.from-source.json',
  'request-sessions-accept.not-found.from-source.json',
  'request-sessions-accept.own-request.from-source.json',
  'request-sessions-accept.slot-clash.from-source.json',
  'request-sessions-get-details.api-doc.json',
  'request-sessions-get-details.received-accepted.from-source.json',
  'request-sessions-get-details.received.from-source.json',
  'request-sessions-get-details.sent.from-source.json',
  'request-sessions-get-details.unknown-id.from-source.json',
  'request-sessions-get-details.user-not-found.from-source.json',
  'request-sessions-list.api-doc.json',
  'request-sessions-list.no-request-type.from-source.json',
  'request-sessions-list.page-2-overflow.from-source.json',
  'request-sessions-list.past-the-end.from-source.json',
  'request-sessions-list.unknown-direction.constructed.json',
  'request-sessions-list.with-request-type.from-source.json',
  'request-sessions-reject.api-doc.json',
  'request-sessions-reject.not-found.from-source.json',
  'request-sessions-reject.reason-over-255-chars.from-source.json',
  'request-sessions-reject.reason-over-50-words.from-source.json',
  'request-sessions-user-availability.api-doc.json',
  'request-sessions-user-availability.from-source.json',
  'sessions-details.api-doc.json',
  'sessions-details.meeting-bbb.from-source.json',
  'sessions-details.meeting-gmeet.from-source.json',
  'sessions-details.meeting-off.from-source.json',
  'sessions-details.meeting-unknown-platform.from-source.json',
  'sessions-details.meeting-zoom-http.from-source.json',
  'sessions-update.api-doc.json',
  'sessions-update.edit-window.from-source.json',
  'sessions-update.from-source.json',
  'sessions-update.not-creator.from-source.json',
  'sessions-update.session-not-found.from-source.json',
  'users-request-count.from-source.json',
  'validation-422.get-details-without-id.from-source.json',
] as const;
type FixtureName = (typeof FIXTURES)[number];

const loaded = new Map<string, Promise<Fixture>>();

/** One fixture, fetched from the dev server (which serves the repository). */
function fixture(name: FixtureName): Promise<Fixture> {
  let found = loaded.get(name);
  if (!found) {
    found = fetch(new URL(`../fixtures/mentored/${name}`, import.meta.url)).then(async (response) => {
      if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
      return (await response.json()) as Fixture;
    });
    loaded.set(name, found);
  }
  return found;
}

/**
 * A fake MentorEd: each fixture answers its `endpoint` (`{param}` matches one path segment) with its
 * status and body. A request no fixture answers is recorded in `unrouted` and gets a 599.
 */
async function fakeServer(names: readonly FixtureName[]) {
  const routes = await Promise.all(
    names.map(async (name) => {
      const f = await fixture(name);
      const [method = '', path = ''] = f.endpoint.split(' ');
      const pattern = path
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('[^/]+');
      return { name, method, re: new RegExp(`^${pattern}$`), fixture: f };
    }),
  );
  for (const route of routes) {
    const twin = routes.find(
      (r) => r !== route && r.method === route.method && r.re.source === route.re.source,
    );
    if (twin) throw new Error(`two fixtures answer ${route.fixture.endpoint}: ${route.name}, ${twin.name}`);
  }
  const calls: Call[] = [];
  const unrouted: string[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? 'GET').toUpperCase();
    const text = typeof init?.body === 'string' ? init.body : '';
    calls.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init?.headers),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });
    const route = routes.find((r) => r.method === method && r.re.test(url.pathname));
    if (!route) {
      unrouted.push(`${method} ${url.pathname}`);
      return new Response('{"responseCode":"SERVER_ERROR","message":"No fixture answers this."}', {
        status: 599,
      });
    }
    return new Response(JSON.stringify(route.fixture.body), {
      status: route.fixture.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { calls, unrouted, fetch: fetchImpl as typeof fetch };
}

/** An adapter whose fetch is the fake server of `names`, its clock before every slot. */
async function serve(names: readonly FixtureName[], options: Partial<MentorEdAdapterOptions> = {}) {
  const server = await fakeServer(names);
  const adapter = new MentorEdAdapter({
    baseUrl: BASE,
    token: TOKEN,
    now: () => BEFORE_SLOTS,
    fetch: server.fetch,
    ...options,
  });
  return { adapter, server };
}

/** The model as plain JSON: Dates become ISO text, absent fields vanish (so `{ a: undefined }` = `{}`). */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
/** Epoch seconds → ISO text, as the model's Dates serialize. */
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
/** The request of upstream's api-doc examples (list and getDetails), as our model, without its person. */
const SAMPLE_REQUEST = {
  kind: 'session',
  id: '1',
  direction: 'received',
  status: 'requested',
  title: 'Sample Request Creation',
  agenda: 'Sample Agenda',
  start: iso(1745229600),
  end: iso(1745233200),
  createdAt: '2025-05-13T09:25:18.795Z',
};
const calls = (server: { calls: Call[] }) => server.calls.map((c) => `${c.method} ${c.path}`);

describe('MentorEdAdapter: upstream fixtures (api-doc.yaml examples and source-built variants)', () => {
  it('every fixture names its upstream source, its endpoint and its status', async () => {
    for (const name of FIXTURES) {
      const f = await fixture(name);
      expect(Object.keys(f).sort(), name).to.deep.equal(['body', 'endpoint', 'source', 'status']);
      expect(f.source, name).to.match(/^(src\/api-doc\/api-doc\.yaml#|ELEVATE-Project\/mentoring@aa52d89e)/);
      expect(f.endpoint, name).to.match(/^(GET|POST) \/mentoring\/v1\/[A-Za-z]+\/[A-Za-z]+(\/\{\w+\})?$/);
      expect(Number.isInteger(f.status) && f.status >= 200 && f.status <= 599, name).to.equal(true);
      expect(f.body, name).to.be.an('object').with.property('responseCode').that.is.a('string');
      if (name.endsWith('.api-doc.json')) expect(f.source, name).to.match(/\(line \d+, commit aa52d89e\)/);
    }
  });

  describe('requestSessions/list', () => {
    const row1 = {
      ...SAMPLE_REQUEST,
      person: {
        id: '2',
        name: 'Dashboard Mentor',
        designations: ['Block education officer'],
        experienceYears: 21,
      },
    };

    it('api-doc example (no request_type): received, told from the ids; epoch seconds; the person', async () => {
      const { adapter, server } = await serve(['request-sessions-list.api-doc.json']);
      const page = await adapter.listSessionRequests(ALL);
      expect(json(page.items)).to.deep.equal([row1]);
      expect([page.total, page.page, page.pageSize]).to.deep.equal([1, 1, 100]);
      expect(server.calls[0]!.query.get('status')).to.equal('REQUESTED,EXPIRED');
      // authenticator.js `authenticateUser`: IS_AUTH_TOKEN_BEARER (default true) wants "bearer <token>".
      expect(server.calls[0]!.headers.get('x-auth-token')).to.equal(`Bearer ${TOKEN}`);
      expect(server.unrouted).to.deep.equal([]);
    });

    it('api-doc example after its slot ended: still REQUESTED on the server, expired to us', async () => {
      const { adapter } = await serve(['request-sessions-list.api-doc.json'], {
        now: () => Date.UTC(2025, 4, 14),
      });
      const [item] = (await adapter.listSessionRequests(ALL)).items;
      expect(item?.status).to.equal('expired');
      expect(item?.end.getTime()).to.equal(1745233200 * 1000);
    });

    const received12 = {
      kind: 'session',
      id: '12',
      direction: 'received',
      status: 'requested',
      title: 'Lesson planning',
      agenda: 'Help me plan a term of lessons.',
      start: iso(1745830800),
      end: iso(1745834400),
      createdAt: '2025-04-20T08:00:00.000Z',
      person: { id: '2', name: 'Dashboard Mentee', designations: ['Teacher'], experienceYears: 3 },
    };
    const sent11 = {
      ...received12,
      id: '11',
      direction: 'sent',
      start: iso(1745917200),
      end: iso(1745920800),
      createdAt: '2025-04-19T08:00:00.000Z',
      person: {
        id: '3',
        name: 'Asha Rao',
        designations: ['Block education officer', 'Head master'],
        experienceYears: 12,
        avatarUrl: 'https://cdn.example.org/users/3.png',
      },
    };

    it('rows with request_type (since June 2025): sent and received as the server says', async () => {
      const { adapter } = await serve(['request-sessions-list.with-request-type.from-source.json']);
      const page = await adapter.listSessionRequests(ALL);
      expect(json(page.items)).to.deep.equal([received12, sent11]);
      expect(page.total).to.equal(2);
      const received = await adapter.listSessionRequests({ ...ALL, direction: 'received' });
      expect(received.items.map((i) => i.id)).to.deep.equal(['12']);
    });

    it('rows without request_type (before June 2025): direction from user_details.user_id vs the ids', async () => {
      const { adapter } = await serve(['request-sessions-list.no-request-type.from-source.json']);
      const warned = await captureWarnings(async () => {
        const page = await adapter.listSessionRequests(ALL);
        expect(json(page.items)).to.deep.equal([received12, sent11]);
      });
      expect(warned).to.deep.equal([]);
    });

    it('a row whose direction cannot be told is dropped, with a warning naming it', async () => {
      const { adapter } = await serve(['request-sessions-list.unknown-direction.constructed.json']);
      let ids: string[] = [];
      const warned = await captureWarnings(async () => {
        ids = (await adapter.listSessionRequests(ALL)).items.map((i) => i.id);
      });
      expect(ids).to.deep.equal(['12']);
      expect(warned.filter((w) => w.includes('13'))).to.have.length(1);
    });

    // services/requestSessions.js `list` pages wrongly (page ≥ 2 answers every row after the offset)
    // and cannot filter by direction: the adapter never asks for a page. It reads the list unpaged and
    // cuts the page itself (docs/mentored-api.md, "How the MentorEd adapter pages a filtered list").
    it("never asks for upstream's pages; an answer short of its count is paged once, and total = delivered", async () => {
      // Upstream's answer to pageNo=2&pageSize=2 over 5 rows (3 rows, count 5), served for any request:
      // a server whose whole list falls short of its count, with nothing more to find.
      const { adapter, server } = await serve(['request-sessions-list.page-2-overflow.from-source.json']);
      const page1 = await adapter.listSessionRequests({ page: 1, pageSize: 2 });
      expect(server.calls.map((c) => [c.query.get('pageNo'), c.query.get('pageSize')])).to.deep.equal([
        [null, null], // the whole list
        ['1', '100'], // its count promised more: one paged look for the rest, which brings nothing new
      ]);
      expect(page1.items.map((i) => i.id)).to.deep.equal(['23', '22']);
      const page2 = await adapter.listSessionRequests({ page: 2, pageSize: 2 });
      expect(page2.items.map((i) => i.id)).to.deep.equal(['21']);
      // The rows it delivers, not upstream's raw count (5).
      expect([page1.total, page2.total, page2.page, page2.pageSize]).to.deep.equal([3, 3, 2, 2]);
      // Page 2 came from page 1's read (paging.ts `ListSnapshots`), and the server's shortfall is
      // remembered: a fresh page 1 costs one call.
      expect(server.calls).to.have.length(2);
      await adapter.listSessionRequests({ page: 1, pageSize: 2 });
      expect(server.calls).to.have.length(3);
    });

    it('a page past the end: no rows and count 0', async () => {
      const { adapter } = await serve(['request-sessions-list.past-the-end.from-source.json']);
      const page = await adapter.listSessionRequests({ page: 9, pageSize: 20 });
      expect([page.items, page.total]).to.deep.equal([[], 0]);
    });
  });

  describe('requestSessions/getDetails (never has request_type)', () => {
    it('api-doc example: received, told from the ids; all five designations; the request id is sent', async () => {
      const { adapter, server } = await serve(['request-sessions-get-details.api-doc.json']);
      const item = await adapter.getSessionRequest('1');
      expect(json(item)).to.deep.equal({
        ...SAMPLE_REQUEST,
        person: {
          id: '2',
          name: 'mentee march',
          designations: [
            'Block education officer',
            'Cluster officials',
            'District education officer',
            'Head master',
            'Teacher',
          ],
          experienceYears: 99,
        },
      });
      expect(calls(server)).to.deep.equal(['GET /mentoring/v1/requestSessions/getDetails']);
      expect(server.calls[0]!.query.get('request_session_id')).to.equal('1');
    });

    it('a received request (user_details is the requestor)', async () => {
      const { adapter } = await serve(['request-sessions-get-details.received.from-source.json']);
      const item = await adapter.getSessionRequest('12');
      expect([item.direction, item.status, item.person.id, item.person.name]).to.deep.equal([
        'received',
        'requested',
        '2',
        'Dashboard Mentee',
      ]);
    });

    it('a sent request (user_details is the requestee)', async () => {
      const { adapter } = await serve(['request-sessions-get-details.sent.from-source.json']);
      const item = await adapter.getSessionRequest('11');
      expect(json([item.direction, item.person, item.start])).to.deep.equal([
        'sent',
        {
          id: '3',
          name: 'Asha Rao',
          designations: ['Block education officer', 'Head master'],
          experienceYears: 12,
          avatarUrl: 'https://cdn.example.org/users/3.png',
        },
        iso(1745917200),
      ]);
    });

    it('an unknown id: upstream dereferences the missing row, 500 → server', async () => {
      const { adapter } = await serve(['request-sessions-get-details.unknown-id.from-source.json']);
      const error = await rejectsWith(adapter.getSessionRequest('999'), 'server');
      expect(error.status).to.equal(500);
    });

    it('USER_NOT_FOUND: 200 with result [] → not-found, with the server text', async () => {
      const { adapter } = await serve(['request-sessions-get-details.user-not-found.from-source.json']);
      const error = await rejectsWith(adapter.getSessionRequest('12'), 'not-found');
      expect(error.message).to.equal('User not found.');
    });

    it('express-validator 422: validation, with the per-field message', async () => {
      const { adapter } = await serve(['validation-422.get-details-without-id.from-source.json']);
      const error = await rejectsWith(adapter.getSessionRequest('12'), 'validation');
      expect(error.message).to.equal('Validation failed, Entered data is incorrect!');
      expect(error.fieldErrors).to.deep.equal({ request_session_id: 'request_session_id is required' });
    });
  });

  describe('requestSessions/accept', () => {
    it('api-doc example: result "ACCEPTED", then the details give the new session id', async () => {
      const { adapter, server } = await serve([
        'request-sessions-accept.api-doc.json',
        'request-sessions-get-details.received-accepted.from-source.json',
      ]);
      const { item, message } = await adapter.acceptSessionRequest('1');
      expect([item.status, item.sessionId, item.id, message]).to.deep.equal([
        'accepted',
        '1',
        '1',
        'Your session request has been approved.',
      ]);
      expect(calls(server)).to.deep.equal([
        'POST /mentoring/v1/requestSessions/accept',
        'GET /mentoring/v1/requestSessions/getDetails',
      ]);
      expect(server.calls[0]!.body).to.deep.equal({ request_session_id: '1' });
    });

    it('not yet connected: the message names the mentee (SESSION_REQUEST_APPROVED_AND_CONNECTED)', async () => {
      const { adapter } = await serve([
        'request-sessions-accept.approved-and-connected.from-source.json',
        'request-sessions-get-details.received-accepted.from-source.json',
      ]);
      const { message } = await adapter.acceptSessionRequest('1');
      expect(message).to.equal(
        'You have accepted this session. Dashboard Mentee has been added to your connections.',
      );
    });

    it('a second accept: 404 with the untranslated key → conflict, with our own text', async () => {
      const { adapter } = await serve(['request-sessions-accept.not-found.from-source.json']);
      const error = await rejectsWith(adapter.acceptSessionRequest('1'), 'conflict');
      expect(error.status).to.equal(404);
      expect(error.message).to.not.equal('SESSION_REQUEST_NOT_FOUND');
    });

    it('accepting my own request: 400 MENTOR_CANNOT_ACCEPT_OWN_REQUEST → validation, not a slot clash', async () => {
      const { adapter } = await serve(['request-sessions-accept.own-request.from-source.json']);
      const error = await rejectsWith(adapter.acceptSessionRequest('11'), 'validation');
      expect(error.message).to.not.equal('MENTOR_CANNOT_ACCEPT_OWN_REQUEST');
      expect(isSlotClash(error)).to.equal(false);
    });

    it('a slot clash: 400 (responseCode SERVER_ERROR) → validation with fieldErrors.slot', async () => {
      const { adapter } = await serve(['request-sessions-accept.slot-clash.from-source.json']);
      const error = await rejectsWith(adapter.acceptSessionRequest('1'), 'validation');
      expect(isSlotClash(error)).to.equal(true);
      expect(error.message).to.equal('You already have a session scheduled at this time.');
    });
  });

  describe('requestSessions/reject', () => {
    const details = 'request-sessions-get-details.api-doc.json' as const;

    it('api-doc example: result [], the reason kept, the server text', async () => {
      const { adapter, server } = await serve(['request-sessions-reject.api-doc.json', details]);
      const { item, message } = await adapter.rejectSessionRequest('1', '  Not free then  ');
      expect([item.status, item.rejectReason, message]).to.deep.equal([
        'rejected',
        'Not free then',
        'You have rejected the session request.',
      ]);
      expect(server.calls[0]!.body).to.deep.equal({ request_session_id: '1', reason: 'Not free then' });
    });

    it('the server’s 422 of the 50-word rule: validation with its text and no per-field list (error: [])', async () => {
      const { adapter } = await serve([
        'request-sessions-reject.reason-over-50-words.from-source.json',
        details,
      ]);
      const error = await rejectsWith(
        adapter.rejectSessionRequest('1', 'Too long, says the server'),
        'validation',
      );
      expect(error.status).to.equal(422);
      expect(error.message).to.equal('reason must be 50 words or fewer');
    });

    it('more than 50 words (counted as the validator does): refused before anything is sent', async () => {
      const { adapter, server } = await serve([
        'request-sessions-reject.reason-over-50-words.from-source.json',
        details,
      ]);
      const reason = Array.from({ length: 51 }, (_, i) => `w${i}`).join(' \n ');
      const error = await rejectsWith(adapter.rejectSessionRequest('1', reason), 'validation');
      expect(error.fieldErrors).to.deep.equal({ reason: 'reasonTooManyWords' });
      expect(calls(server)).to.deep.equal([]);
    });

    it('more than 255 code points (VARCHAR(255) → 500 upstream): refused before anything is sent', async () => {
      const { adapter, server } = await serve([
        'request-sessions-reject.reason-over-255-chars.from-source.json',
        details,
      ]);
      const error = await rejectsWith(adapter.rejectSessionRequest('1', 'a'.repeat(256)), 'validation');
      expect(error.fieldErrors).to.deep.equal({ reason: 'reasonTooLong' });
      expect(calls(server)).to.deep.equal([]);
    });

    it('255 code points that are 510 UTF-16 units are sent (Postgres counts characters)', async () => {
      const { adapter, server } = await serve(['request-sessions-reject.api-doc.json', details]);
      const reason = '😀'.repeat(255);
      expect([reason.length, [...reason].length]).to.deep.equal([510, 255]);
      const { item } = await adapter.rejectSessionRequest('1', reason);
      expect(item.status).to.equal('rejected');
      expect(server.calls[0]!.body).to.deep.equal({ request_session_id: '1', reason });
    });

    it('the database’s 500 for a long reason → server', async () => {
      const { adapter } = await serve([
        'request-sessions-reject.reason-over-255-chars.from-source.json',
        details,
      ]);
      const error = await rejectsWith(adapter.rejectSessionRequest('1', 'short'), 'server');
      expect([error.status, error.message]).to.deep.equal([500, 'Oops! Something Went Wrong.']);
    });

    it('a second reject: 404 with the untranslated key → conflict', async () => {
      const { adapter } = await serve(['request-sessions-reject.not-found.from-source.json', details]);
      const error = await rejectsWith(adapter.rejectSessionRequest('1'), 'conflict');
      expect(error.message).to.not.equal('SESSION_REQUEST_NOT_FOUND');
    });
  });

  describe('sessions/details: the meeting of an accepted request', () => {
    const accepted = 'request-sessions-get-details.received-accepted.from-source.json' as const;
    const meeting = async (details: FixtureName) => {
      const { adapter, server } = await serve([accepted, details]);
      const item = await adapter.getSessionRequest('1');
      expect(calls(server)).to.deep.equal([
        'GET /mentoring/v1/requestSessions/getDetails',
        'GET /mentoring/v1/sessions/details/1',
      ]);
      expect(item.sessionId).to.equal('1');
      return json({
        meetingLink: item.meetingLink,
        storedLink: item.storedLink,
        meetingHost: item.meetingHost,
      });
    };

    it('api-doc example (BBB, no link): the platform hosts it', async () => {
      expect(await meeting('sessions-details.api-doc.json')).to.deep.equal({ meetingHost: 'platform' });
    });

    it('BBB as services/sessions.js create stores it: the platform hosts it', async () => {
      expect(await meeting('sessions-details.meeting-bbb.from-source.json')).to.deep.equal({
        meetingHost: 'platform',
      });
    });

    it('OFF (the code default): no meeting yet', async () => {
      expect(await meeting('sessions-details.meeting-off.from-source.json')).to.deep.equal({
        meetingHost: 'none',
      });
    });

    it('an http:// Zoom link: shown as text with its platform label, never as a link', async () => {
      expect(await meeting('sessions-details.meeting-zoom-http.from-source.json')).to.deep.equal({
        storedLink: { text: 'http://us02web.zoom.us/j/12345678901', platformLabel: 'Zoom' },
      });
    });

    it('a platform we do not know: shown as text with its label', async () => {
      expect(await meeting('sessions-details.meeting-unknown-platform.from-source.json')).to.deep.equal({
        storedLink: {
          text: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc',
          platformLabel: 'Microsoft Teams',
        },
      });
    });

    it('a valid https Google Meet link: the meeting link', async () => {
      expect(await meeting('sessions-details.meeting-gmeet.from-source.json')).to.deep.equal({
        meetingLink: json(GMEET),
      });
    });
  });

  describe('sessions/update (the meeting link)', () => {
    const accepted = 'request-sessions-get-details.received-accepted.from-source.json' as const;

    it('api-doc example (a stale body: the session, "Session updated successfully."): saved', async () => {
      const { adapter, server } = await serve([accepted, 'sessions-update.api-doc.json']);
      const { item, message } = await adapter.setMeetingLink('1', GMEET);
      expect([item.meetingLink, message]).to.deep.equal([GMEET, 'Session updated successfully.']);
      expect(calls(server)).to.deep.equal([
        'GET /mentoring/v1/requestSessions/getDetails',
        'POST /mentoring/v1/sessions/update/1',
      ]);
      expect(server.calls[1]!.body).to.deep.equal({
        meeting_info: { platform: 'Google meet', value: 'Gmeet', link: GMEET.url, meta: {} },
      });
    });

    it('as the source answers: 202, result [], "Your session details have been updated."', async () => {
      const { adapter } = await serve([accepted, 'sessions-update.from-source.json']);
      const { item, message } = await adapter.setMeetingLink('1', GMEET);
      expect([item.meetingLink, message]).to.deep.equal([GMEET, 'Your session details have been updated.']);
    });

    const refusals: [FixtureName, string][] = [
      ['sessions-update.session-not-found.from-source.json', 'Session not found.'],
      [
        'sessions-update.not-creator.from-source.json',
        'Sorry, you are not authorized to edit or delete this session.',
      ],
      [
        'sessions-update.edit-window.from-source.json',
        'Session editing is only allowed up to 30 minutes before the session start time.',
      ],
    ];
    for (const [name, text] of refusals) {
      it(`400 "${text}" → validation, with that text`, async () => {
        const { adapter } = await serve([accepted, name]);
        const error = await rejectsWith(adapter.setMeetingLink('1', GMEET), 'validation');
        expect([error.status, error.message]).to.deep.equal([400, text]);
      });
    }
  });

  describe('connections/pending', () => {
    it('api-doc example: a request I sent (created_by = user_id); the id is friend_id', async () => {
      const { adapter, server } = await serve(['connections-pending.api-doc.json']);
      const page = await adapter.listMessageRequests(ALL);
      const image = (
        (await fixture('connections-pending.api-doc.json')).body as {
          result: { data: { user_details: { image: string } }[] };
        }
      ).result.data[0]!.user_details.image;
      expect(json(page.items)).to.deep.equal([
        {
          kind: 'message',
          id: '35',
          direction: 'sent',
          status: 'requested',
          message: 'Hey i would like to connect with you.',
          createdAt: '2024-12-05T09:22:55.298Z',
          person: { id: '35', name: 'Nika', designations: [], avatarUrl: image },
        },
      ]);
      expect(page.total).to.equal(1);
      expect([server.calls[0]!.query.get('page'), server.calls[0]!.query.get('limit')]).to.deep.equal([
        '1',
        '100',
      ]);
    });

    it('a request I received (created_by = the other user)', async () => {
      const { adapter } = await serve(['connections-pending.received.from-source.json']);
      const [item] = (await adapter.listMessageRequests({ ...ALL, direction: 'received' })).items;
      expect(json(item)).to.deep.equal({
        kind: 'message',
        id: '36',
        direction: 'received',
        status: 'requested',
        message: 'Hi, I would like to connect with you.',
        createdAt: '2025-04-20T09:00:00.000Z',
        person: { id: '36', name: 'Dashboard Mentee', designations: ['Teacher'], experienceYears: 3 },
      });
    });
  });

  describe('connections/getInfo', () => {
    it('api-doc example: an accepted connection with its chat room', async () => {
      const { adapter, server } = await serve(['connections-get-info.api-doc.json']);
      const item = await adapter.getMessageRequest('35');
      expect([
        item.id,
        item.status,
        item.direction,
        item.roomId,
        item.person.name,
        item.person.avatarUrl,
      ]).to.deep.equal([
        '35',
        'accepted',
        'sent',
        'LwtqPenpfQFaw6cC7z5t2YLpYfAMbyaZ2n',
        'Nika',
        'https://storage.googleapis.com/266-1733229493508-logo_3_photoroom_png',
      ]);
      expect(server.calls[0]!.body).to.deep.equal({ user_id: '35' });
    });

    it('after I rejected it: the REJECTED row', async () => {
      const { adapter } = await serve(['connections-get-info.rejected.from-source.json']);
      const item = await adapter.getMessageRequest('36');
      expect([item.status, item.direction, item.message]).to.deep.equal([
        'rejected',
        'received',
        'Hi, I would like to connect with you.',
      ]);
    });

    it('"Connection not found." (only user_details) → not-found, with that text', async () => {
      const { adapter } = await serve(['connections-get-info.connection-not-found.from-source.json']);
      const error = await rejectsWith(adapter.getMessageRequest('36'), 'not-found');
      expect(error.message).to.equal('Connection not found.');
    });

    it('"User not found." with result [] → not-found, not a malformed answer', async () => {
      const { adapter } = await serve(['connections-get-info.user-not-found.from-source.json']);
      const error = await rejectsWith(adapter.getMessageRequest('404'), 'not-found');
      expect(error.message).to.equal('User not found.');
    });
  });

  describe('connections/accept and connections/reject', () => {
    const pending = 'connections-get-info.pending-received.from-source.json' as const;

    it('api-doc accept example: accepted, the room id from its meta, the server text', async () => {
      const { adapter, server } = await serve(['connections-accept.api-doc.json', pending]);
      const { item, message } = await adapter.acceptMessageRequest('36');
      expect([item.id, item.status, item.direction, item.roomId, message]).to.deep.equal([
        '36',
        'accepted',
        'received',
        'CjHN4R7TLT5Bvjz8uLwtqPenpfQFaw6cC7',
        'Your connection request has been approved.',
      ]);
      expect(server.calls[0]!.body).to.deep.equal({ user_id: '36' });
    });

    it('accept with no pending request: 404 → conflict, with the server text', async () => {
      const { adapter } = await serve(['connections-accept.not-found.from-source.json', pending]);
      const error = await rejectsWith(adapter.acceptMessageRequest('36'), 'conflict');
      expect(error.message).to.equal(
        'The connection request could not be found or has already been processed.',
      );
    });

    it('api-doc reject example: the request read first (the server forgets it), then rejected', async () => {
      const { adapter, server } = await serve(['connections-reject.api-doc.json', pending]);
      const { item, message } = await adapter.rejectMessageRequest('36');
      expect([item.status, item.person.name, message]).to.deep.equal([
        'rejected',
        'Dashboard Mentee',
        'Your connection request has been rejected.',
      ]);
      expect(calls(server)).to.deep.equal([
        'POST /mentoring/v1/connections/getInfo',
        'POST /mentoring/v1/connections/reject',
      ]);
    });
  });

  describe('the authenticator’s 401s, told apart by their text', () => {
    const cases: [FixtureName, RequestsErrorKind][] = [
      ['auth-401.permission-denied.from-source.json', 'forbidden'],
      ['auth-401.access-token-expired.from-source.json', 'unauthorized'],
      ['auth-401.unauthorized-request.from-source.json', 'unauthorized'],
      ['auth-401.user-not-found.from-source.json', 'unauthorized'],
      ['auth-401.user-role-updated.from-source.json', 'unauthorized'],
    ];
    for (const [name, kind] of cases) {
      it(`${name.split('.')[1]} with a token → ${kind}, with the server text`, async () => {
        const f = await fixture(name);
        // Served on the endpoint the fixture names (list, or sessions/update for the role checks).
        const { adapter } = await serve(
          f.endpoint.includes('sessions/update')
            ? ['request-sessions-get-details.received-accepted.from-source.json', name]
            : [name],
        );
        const call = f.endpoint.includes('sessions/update')
          ? adapter.setMeetingLink('1', GMEET)
          : adapter.listSessionRequests(ALL);
        const error = await rejectsWith(call, kind);
        expect([error.status, error.message]).to.deep.equal([401, (f.body as { message: string }).message]);
      });
    }

    it('PERMISSION_DENIED when no token header was sent at all → unauthorized', async () => {
      const { adapter, server } = await serve(['auth-401.permission-denied.from-source.json'], {
        token: () => null,
      });
      await rejectsWith(adapter.listSessionRequests(ALL), 'unauthorized');
      expect(server.calls[0]!.headers.has('x-auth-token')).to.equal(false);
    });
  });

  describe('counts', () => {
    it('pending received, from the lists; users/requestCount (sent requests) is never asked', async () => {
      const { adapter, server } = await serve([
        'request-sessions-list.with-request-type.from-source.json',
        'connections-pending.received.from-source.json',
        'users-request-count.from-source.json',
      ]);
      const counts = await adapter.countPending();
      expect(counts).to.deep.include({ session: 1, message: 1 });
      expect(calls(server)).to.not.include('GET /mentoring/v1/users/requestCount');
      expect(server.unrouted).to.deep.equal([]);
    });
  });

  // services/requestSessions.js `userAvailability` + `createMentorAvailabilityResponse`: days of slots whose
  // times are the BIGINT columns as strings of epoch seconds (src/adapters/mentored/booked-slots.ts).
  describe('booked sessions (listBookedSlots)', () => {
    it('parses the string epoch seconds; answers what overlaps or touches the range; asks a day wider', async () => {
      const { adapter, server } = await serve(['request-sessions-user-availability.from-source.json']);
      const start = new Date('2025-04-28T09:30:00Z');
      const end = new Date('2025-04-28T12:00:00Z');
      expect(json(await adapter.listBookedSlots({ start, end }))).to.deep.equal([
        { start: iso(1745830800), end: iso(1745834400), title: 'Lesson planning' },
        { start: iso(1745841600), end: iso(1745845200), title: '' }, // starts as the range ends
      ]);
      expect(Object.fromEntries(server.calls[0]!.query)).to.deep.equal({
        start_date: String(start.getTime() / 1000 - 86_400),
        end_date: String(end.getTime() / 1000 + 86_400),
        status: 'PUBLISHED,LIVE',
        pageNo: '1',
        pageSize: '100',
      });
    });

    it('skips slots without epoch times (the api-doc example’s "17:50:00"), with one warning each', async () => {
      const { adapter } = await serve(['request-sessions-user-availability.api-doc.json']);
      let slots: unknown;
      const warned = await captureWarnings(async () => {
        slots = await adapter.listBookedSlots({
          start: new Date(Date.UTC(2025, 4, 1)),
          end: new Date(Date.UTC(2025, 5, 1)),
        });
      });
      expect(slots).to.deep.equal([]);
      expect(warned).to.have.length(5);
    });
  });
});
