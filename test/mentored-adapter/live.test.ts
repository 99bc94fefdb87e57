/**
 * MentorEdAdapter, live (issue 14): the `identity` option, the pending ids of `countPending`, and what one
 * poll (one `countPending`) costs in HTTP requests, counted as they reach the emulation (docs/mentored-api.md
 * §4.13). MentorEd has no push: the adapter has no `subscribe`.
 */
import { expect } from '@open-wc/testing';
import { MentorEdAdapter } from '../../src/adapters/mentored/mentored-adapter.js';
import type { MentorEdDb } from '../../src/mocks/index.js';
import { BASE, pendingOf, setup, TOKEN, useMentorEdWorker } from './support.js';

useMentorEdWorker();

/** The requests one poll made, by endpoint (and nothing else reached the server). */
async function poll(db: MentorEdDb, adapter: MentorEdAdapter) {
  db.calls.length = 0;
  const counts = await adapter.countPending();
  const by = (endpoint: string) => db.calls.filter((c) => c.endpoint === endpoint).length;
  const requests = { sessions: by('requestSessions/list'), messages: by('connections/pending') };
  expect(db.calls.length, 'only the two lists are read').to.equal(requests.sessions + requests.messages);
  return { counts, requests, total: db.calls.length };
}

/** An exact population: `sessions` and `messages` pending received requests, nothing else. */
function population(sessions: number, messages: number) {
  const { db, adapter } = setup({ sessionRequests: 0, messageRequests: 0, history: 0 });
  for (let i = 0; i < sessions; i++) db.receiveSessionRequest();
  for (let i = 0; i < messages; i++) db.receiveMessageRequest();
  return { db, adapter };
}

describe('MentorEdAdapter: live', () => {
  describe('identity', () => {
    const make = (identity: unknown, token: unknown = TOKEN) =>
      new MentorEdAdapter({ baseUrl: BASE, token: token as string, identity: identity as string });

    it('is the option as the host sets it (trimmed), and none by default: never derived from the token', () => {
      expect(make(`${BASE}#user-1`).identity).to.equal(`${BASE}#user-1`);
      expect(make('  mentored.test#1 ').identity).to.equal('mentored.test#1');
      expect(make(undefined).identity).to.equal(undefined);
      expect(make('   ').identity).to.equal(undefined);
      expect(new MentorEdAdapter({ baseUrl: BASE, token: TOKEN }).identity).to.equal(undefined);
    });

    it('refuses a non-string, and an identity that holds the token', () => {
      expect(() => make(42)).to.throw(TypeError, /identity/);
      expect(() => make(`${BASE}#${TOKEN}`)).to.throw(TypeError, /token/);
      // A token function cannot be checked; the identity is the host's.
      expect(make('site#7', () => TOKEN).identity).to.equal('site#7');
    });

    it('has no subscribe and declares no push: a store polls it', () => {
      const { adapter } = setup();
      expect('subscribe' in adapter).to.equal(false);
      expect(adapter.capabilities.push).to.equal(undefined);
    });
  });

  describe('countPending ids', () => {
    it("are the received pending ids, newest first: session request ids and, for messages, the other users' ids", async () => {
      const { db, adapter } = setup();
      const s = db.receiveSessionRequest();
      const m = db.receiveMessageRequest();
      const counts = await adapter.countPending();
      expect(counts).to.deep.equal(pendingOf(db));
      expect([counts.ids!.session[0], counts.ids!.message[0]]).to.deep.equal([s.id, m.requester_id]);
      // Sent requests and ended slots are not pending received requests.
      const sent = db.sessionRequests.filter((r) => r.requestor_id === db.me).map((r) => r.id);
      expect(sent.length).to.be.greaterThan(0);
      expect(counts.ids!.session.filter((id) => sent.includes(id))).to.deep.equal([]);
      db.expire(s.id, { mark: false });
      expect((await adapter.countPending()).ids!.session).to.not.include(s.id);
    });

    it('tell an arrival and a departure in one interval apart, at the same cost per poll', async () => {
      const { db, adapter } = setup();
      const first = await poll(db, adapter);
      db.acceptElsewhere(db.pendingReceivedMessageIds()[0]!, 'message');
      const came = db.receiveMessageRequest().requester_id;
      const second = await poll(db, adapter);
      expect(second.counts.message).to.equal(first.counts.message);
      expect(second.counts.ids!.message).to.not.deep.equal(first.counts.ids!.message);
      expect(second.counts.ids!.message[0]).to.equal(came);
      expect([first.total, second.total]).to.deep.equal([2, 2]);
    });
  });

  describe('HTTP requests per poll', () => {
    it('usually 2: one requestSessions/list (unpaged, whatever the number of sessions), one connections/pending', async () => {
      const { db, adapter } = setup({ sessionRequests: 230, messageRequests: 40 });
      const { requests, counts } = await poll(db, adapter);
      expect(counts.session).to.be.greaterThan(100);
      expect(requests).to.deep.equal({ sessions: 1, messages: 1 });
      expect(db.calls.map((c) => c.url.slice(BASE.length)).sort()).to.deep.equal([
        '/connections/pending?page=1&limit=100',
        '/requestSessions/list?status=REQUESTED',
      ]);
      // Nothing is kept between polls: the next one reads the server again and sees what changed.
      db.receiveSessionRequest();
      const next = await poll(db, adapter);
      expect([next.total, next.counts.session]).to.deep.equal([2, counts.session + 1]);
    });

    // connections/pending caps `limit` at 100 (middlewares/pagination.js) and counts both directions
    // (database/queries/connection.js `getPendingRequests`): 1 + max(1, ceil(M / 100)) requests.
    for (const [messages, pages] of [
      [0, 1],
      [100, 1],
      [101, 2],
      [200, 2],
      [201, 3],
    ] as const) {
      it(`at ${messages} pending message requests: ${1 + pages} requests (${pages} connections/pending)`, async () => {
        const { db, adapter } = population(3, messages);
        const { requests, counts } = await poll(db, adapter);
        expect(requests).to.deep.equal({ sessions: 1, messages: pages });
        expect([counts.session, counts.message, counts.ids!.message.length]).to.deep.equal([
          3,
          messages,
          messages,
        ]);
      });
    }

    it('sent message requests count towards the pages: 60 received + 41 sent cost 2 pages', async () => {
      const { db, adapter } = population(0, 60);
      for (let i = 0; i < 41; i++) {
        const other = String(60_000 + i);
        db.users.set(other, { ...db.users.get(db.me)!, user_id: other, name: `U${i}` });
        db.addConnection(db.me, other, 'Hello');
      }
      const { requests, counts } = await poll(db, adapter);
      expect([requests.messages, counts.message]).to.deep.equal([2, 60]);
    });

    it('an arrival that crosses a page boundary costs one request more from the next poll on', async () => {
      const { db, adapter } = population(1, 100);
      expect((await poll(db, adapter)).total).to.equal(2);
      const came = db.receiveMessageRequest().requester_id;
      const next = await poll(db, adapter);
      expect(next.total).to.equal(3);
      expect(next.counts.ids!.message[0]).to.equal(came);
    });
  });
});
