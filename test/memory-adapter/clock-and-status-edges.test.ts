/**
 * MemoryAdapter at the edges of time and status: the instant a slot ends (also on a list the adapter
 * has cached), handled requests after their slot, stable order at equal times, what another device's
 * accept creates, page checks, defaults. Cases that mutation testing (docs/reliability.md, "Mutation
 * testing") showed no test pinned. Runs in the browser and in Node (test/node/adapter-suites.test.mjs).
 */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { ALL, GMEET, HOUR, NOW, adapter, clock, failsWith, message, session } from './support.js';

const statuses = async (a: MemoryAdapter) => (await a.listSessionRequests(ALL)).items.map((r) => r.status);

describe('MemoryAdapter: clock and status edges', () => {
  it('a pending session expires at the very instant its slot ends, also on a list read just before', async () => {
    const c = clock();
    const a = adapter({
      now: c.now,
      sessionRequests: [session('1', { start: new Date(NOW + HOUR), end: new Date(NOW + 2 * HOUR) })],
      messageRequests: [],
    });
    expect(await statuses(a)).to.deep.equal(['requested']);
    c.t = NOW + 2 * HOUR - 1;
    expect(await statuses(a)).to.deep.equal(['requested']);
    c.t = NOW + 2 * HOUR;
    expect(await statuses(a)).to.deep.equal(['expired']);
    expect((await a.getSessionRequest('1')).status).to.equal('expired');
    // A clock set back (a test, a corrected system clock): read again, not from the later list.
    c.t = NOW;
    expect(await statuses(a)).to.deep.equal(['requested']);
    expect((await a.countPending()).session).to.equal(1);
  });

  it('only a pending request expires: an accepted or rejected one keeps its status after its slot', async () => {
    const past = { start: new Date(NOW - 2 * HOUR), end: new Date(NOW - HOUR) };
    const a = adapter({
      sessionRequests: [
        session('1', { ...past, status: 'accepted', sessionId: 's1' }),
        session('2', { ...past, status: 'rejected' }),
        session('3', past),
      ],
      messageRequests: [],
    });
    const all = await a.listSessionRequests({
      ...ALL,
      status: ['requested', 'accepted', 'rejected', 'expired'],
    });
    expect(all.items.map((r) => [r.id, r.status])).to.deep.equal([
      ['1', 'accepted'],
      ['2', 'rejected'],
      ['3', 'expired'],
    ]);
    expect((await a.getSessionRequest('1')).status).to.equal('accepted');
    expect(
      (await a.listSessionRequests({ ...ALL, status: ['expired'] })).items.map((r) => r.id),
    ).to.deep.equal(['3']);
  });

  it('requests created at the same time are ordered by id, so pages never swap them', async () => {
    const createdAt = new Date(NOW - HOUR);
    const a = adapter({
      sessionRequests: ['c', 'a', 'b'].map((id) => session(id, { createdAt })),
      messageRequests: [],
    });
    const pages = [1, 2, 3].map((page) => a.listSessionRequests({ page, pageSize: 1 }));
    expect((await Promise.all(pages)).map((p) => p.items[0]!.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it("another device's accept creates the session or the chat room (keeping one it had); a reject creates nothing", async () => {
    const a = adapter({
      sessionRequests: [session('1'), session('2'), session('3', { sessionId: 'kept' })],
      messageRequests: [message('m1'), message('m2')],
    });
    a.handleElsewhere('session', '1', 'accepted');
    a.handleElsewhere('session', '2', 'rejected');
    a.handleElsewhere('session', '3', 'accepted');
    a.handleElsewhere('message', 'm1', 'accepted');
    a.handleElsewhere('message', 'm2', 'rejected');
    const [s1, s2, s3] = await Promise.all(['1', '2', '3'].map((id) => a.getSessionRequest(id)));
    const [m1, m2] = await Promise.all(['m1', 'm2'].map((id) => a.getMessageRequest(id)));
    expect([s1!.status, s1!.sessionId, s3!.sessionId]).to.deep.equal(['accepted', 'session-1', 'kept']);
    expect(s1).to.not.have.property('roomId');
    expect(s2!.status).to.equal('rejected');
    expect(s2).to.not.have.property('sessionId');
    expect([m1!.status, m1!.roomId]).to.deep.equal(['accepted', 'room-m1']);
    expect(m1).to.not.have.property('sessionId');
    expect(m2!.status).to.equal('rejected');
    expect(m2).to.not.have.property('roomId');
  });

  it('a meeting link needs an accepted request that has its session', async () => {
    const a = adapter({
      sessionRequests: [
        session('1', { status: 'accepted' }),
        session('2', { status: 'accepted', sessionId: 's2' }),
      ],
      messageRequests: [],
    });
    await failsWith(a.setMeetingLink('1', GMEET), 'conflict');
    expect((await a.setMeetingLink('2', GMEET)).item.meetingLink).to.deep.equal(GMEET);
  });

  it('refuses a page size that is not a whole number of at least 1, naming the field', async () => {
    const a = adapter();
    for (const list of [a.listSessionRequests.bind(a), a.listMessageRequests.bind(a)])
      for (const pageSize of [0, -3, 2.5, Number.NaN]) {
        const error = await failsWith(list({ page: 1, pageSize }), 'validation');
        expect(error.fieldErrors, String(pageSize)).to.deep.equal({
          pageSize: 'Must be a whole number of at least 1.',
        });
      }
  });

  it('defaults: the viewer "Me", and the real clock', async () => {
    const a = new MemoryAdapter({
      sessionRequests: [
        session('1', { start: new Date(Date.now() - 2 * HOUR), end: new Date(Date.now() - HOUR) }),
        session('2', { start: new Date(Date.now() + HOUR), end: new Date(Date.now() + 2 * HOUR) }),
      ],
      messageRequests: [],
    });
    expect(a.me).to.deep.equal({ id: 'me', name: 'Me', designations: [] });
    expect((await a.listSessionRequests(ALL)).items.map((r) => [r.id, r.status])).to.have.deep.members([
      ['1', 'expired'],
      ['2', 'requested'],
    ]);
  });
});
