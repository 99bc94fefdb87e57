/**
 * <session-request-detail>: the schedule-conflict warning of a pending received request, with the
 * MemoryAdapter (whose booked sessions are its accepted requests and its `bookedSessions`). The MentorEd
 * side, over the emulated `requestSessions/userAvailability`: conflicts-mentored.test.ts.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import type { RequestsAdapter } from '../../src/adapters/types.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { RequestOpenEvent } from '../../src/events.js';
import { InboxStore } from '../../src/store/inbox-store.js';
import { $, button, flags, loaded, record, session } from '../detail-helpers.js';
import { expectAccessible } from '../a11y/helpers.js';
import { byId, calls } from './support.js';
import {
  checkSettled,
  s1,
  scheduleAdapter,
  slot,
  warningLines,
  warningOf,
  withoutBookedSlots,
} from './conflicts-support.js';

const LESSON = slot('Lesson planning', '2037-12-04T11:30:00Z', '2037-12-04T12:30:00Z');
/** Overlaps s1 (11:00-12:00 UTC) by 15 minutes at its start. */
const from = (id: string, name: string, overrides = {}) =>
  session(id, {
    start: new Date('2037-12-04T10:15:00Z'),
    end: new Date('2037-12-04T11:15:00Z'),
    person: { id: `p-${id}`, name, designations: [] },
    ...overrides,
  });

async function detail(adapter: RequestsAdapter, zone = 'Asia/Kolkata', lang?: string) {
  const el = await fixture<SessionRequestDetail>(
    html`<session-request-detail
      .adapter=${adapter}
      request-id="s1"
      time-zone=${zone}
      lang=${lang ?? 'en'}
    ></session-request-detail>`,
  );
  await loaded(el);
  return el;
}

/** The store of `adapter` holding every session request, as after a page listed them. */
const listAll = (adapter: RequestsAdapter) =>
  InboxStore.for(adapter).ensure({ kind: 'session', filter: { direction: 'all', status: 'all' } });

describe('<session-request-detail> schedule conflicts (MemoryAdapter)', () => {
  it('names a booked session that overlaps the slot, with its time in the viewer’s zone', async () => {
    const adapter = scheduleAdapter([LESSON]);
    expect(await warningOf(await detail(adapter))).to.deep.equal([
      'Schedule conflict',
      "You already have 'Lesson planning', 5:00 – 6:00 PM",
    ]);
    // The same session seen from New York (UTC-5 in December).
    expect(await warningOf(await detail(adapter, 'America/New_York'))).to.deep.equal([
      'Schedule conflict',
      "You already have 'Lesson planning', 6:30 – 7:30 AM",
    ]);
  });

  it('back to back is no clash; containment either way is; another day is dated', async () => {
    const adapter = scheduleAdapter([
      slot('Before', '2037-12-04T10:00:00Z', '2037-12-04T11:00:00Z'),
      slot('After', '2037-12-04T12:00:00Z', '2037-12-04T13:00:00Z'),
      slot('Inside', '2037-12-04T11:15:00Z', '2037-12-04T11:45:00Z'),
      slot('', '2037-12-03T15:00:00Z', '2037-12-04T11:15:00Z'),
    ]);
    expect(await warningOf(await detail(adapter))).to.deep.equal([
      'Schedule conflict',
      'You already have a session, Dec 3, 8:30 PM – Dec 4, 4:45 PM',
      "You already have 'Inside', 4:45 – 5:15 PM",
    ]);
  });

  it('names the other pending and accepted requests the store holds; not rejected or expired ones', async () => {
    const adapter = scheduleAdapter(
      [],
      [
        from('s2', 'Ravi Kumar'),
        from('s3', 'Meera Iyer', { direction: 'sent' }),
        from('s4', 'Omar Khan', { status: 'accepted', sessionId: 'x', title: 'Classroom routines' }),
        from('s5', 'Lina Park', { status: 'rejected' }),
        from('s6', 'Sam Lee', { status: 'expired' }),
        // Back to back with s1: no clash.
        from('s7', 'Ana Silva', {
          start: new Date('2037-12-04T12:00:00Z'),
          end: new Date('2037-12-04T13:00:00Z'),
        }),
      ],
    );
    await listAll(adapter);
    const el = await detail(adapter);
    // The accepted request is a booked session too (the adapter answers it): named once.
    expect(await warningOf(el)).to.deep.equal([
      'Schedule conflict',
      "You already have 'Classroom routines', 3:45 – 4:45 PM",
      'Overlaps a pending request from Ravi Kumar',
      'Overlaps your pending request to Meera Iyer',
    ]);
    expect(
      button(el, 'Overlaps a pending request from Ravi Kumar')!.matches('[part~="conflict-button"]'),
    ).to.equal(true);
    // Accept stays available: the server decides.
    expect(button(el, 'Accept')!.disabled).to.equal(false);
  });

  it('a clashing pending request is a button that fires a cancelable request-open from the detail', async () => {
    const adapter = scheduleAdapter([], [from('s2', 'Ravi Kumar')]);
    await listAll(adapter);
    const el = await detail(adapter);
    await warningOf(el);
    const seen = record('request-open');
    setTimeout(() => button(el, 'Overlaps a pending request from Ravi Kumar')!.click());
    const event = (await oneEvent(el, 'request-open')) as RequestOpenEvent;
    seen.stop();
    expect(flags(event)).to.deep.equal({ bubbles: true, composed: true, cancelable: true });
    expect(event.target).to.equal(el);
    expect(event.detail.kind).to.equal('session');
    expect(event.detail.request).to.equal(InboxStore.for(adapter).get('session', 's2'));
    expect(seen.events).to.have.length(1);
  });

  it('asks the adapter once per opened request, and not again when it opens again', async () => {
    const adapter = scheduleAdapter([LESSON], [from('s2', 'Ravi Kumar')]);
    const first = await detail(adapter);
    await warningOf(first);
    expect(calls(adapter, 'listBookedSlots').map((c) => c.args)).to.deep.equal([
      [{ start: s1().start, end: s1().end }],
    ]);
    first.remove();
    await warningOf(await detail(adapter));
    first.requestId = 's2'; // the same element, back in the document, shows another request, then s1
    document.body.append(first);
    await checkSettled(first);
    first.requestId = 's1';
    await warningOf(first);
    expect(calls(adapter, 'listBookedSlots').map((c) => (c.args[0] as { start: Date }).start)).to.deep.equal([
      s1().start,
      from('s2', '').start,
    ]);
    first.remove();
  });

  it('asks nothing and warns of nothing for an accepted, expired or sent request', async () => {
    for (const status of ['accepted', 'expired'] as const) {
      const adapter = scheduleAdapter([LESSON]);
      adapter.add({ ...s1(), status, sessionId: 'x' });
      const el = await byId(adapter);
      await loaded(el);
      await checkSettled(el);
      expect([status, calls(adapter, 'listBookedSlots'), warningLines(el)]).to.deep.equal([status, [], []]);
    }
    const adapter = scheduleAdapter([LESSON]);
    adapter.add({ ...s1(), direction: 'sent' });
    const el = await byId(adapter);
    await loaded(el);
    await checkSettled(el);
    expect([calls(adapter, 'listBookedSlots'), warningLines(el)]).to.deep.equal([[], []]);
  });

  it('an adapter without listBookedSlots: no call, no error; the requests the store holds still count', async () => {
    const memory = scheduleAdapter([LESSON]);
    const adapter = withoutBookedSlots(memory);
    const errors = record('request-error');
    const el = await detail(adapter);
    await checkSettled(el);
    expect(warningLines(el)).to.deep.equal([]);
    expect($(el, '[part~="error"]')!.textContent).to.equal('');
    memory.add(from('s2', 'Ravi Kumar'));
    await listAll(adapter);
    expect(await warningOf(el)).to.deep.equal([
      'Schedule conflict',
      'Overlaps a pending request from Ravi Kumar',
    ]);
    errors.stop();
    expect(errors.events).to.deep.equal([]);
    expect(calls(memory, 'listBookedSlots')).to.deep.equal([]);
  });

  it('says it to screen readers once per opened request, and is accessible', async () => {
    const adapter = scheduleAdapter([LESSON], [from('s2', 'Ravi Kumar')], 700);
    await listAll(adapter);
    const said: string[] = [];
    const el = await detail(adapter);
    const status = $(el, '[role="status"]')!;
    new MutationObserver(() => said.push(status.textContent!.replace(/\s+/g, ' ').trim())).observe(status, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    await warningOf(el);
    await expectAccessible(el);
    // Later renders say it no more: a store change, and a slow Accept, whose own words it must not cover.
    InboxStore.for(adapter).invalidate();
    await listAll(adapter);
    button(el, 'Accept')!.click();
    await waitUntil(() => el.request!.status === 'accepted', 'not accepted', { timeout: 4000 });
    await el.updateComplete;
    expect(said.filter(Boolean)).to.deep.equal([
      "Schedule conflict: You already have 'Lesson planning', 5:00 – 6:00 PM, Overlaps a pending request from Ravi Kumar",
      'Accepting…',
      'Slot booked with Asha Rao',
    ]);
  });

  it('speaks the viewer’s language (Hindi)', async () => {
    const adapter = scheduleAdapter([LESSON], [from('s2', 'Ravi Kumar')]);
    await listAll(adapter);
    const el = await detail(adapter, 'Asia/Kolkata', 'hi');
    await waitUntil(() => warningLines(el)[0] === 'समय का टकराव', 'no Hindi warning', { timeout: 4000 });
    const lines = warningLines(el);
    expect(lines[0]).to.equal('समय का टकराव');
    expect(lines[1]).to.equal("आपके पास पहले से 'Lesson planning' है, 5:00–6:00 pm");
    expect(lines[2]).to.equal('Ravi Kumar के एक लंबित अनुरोध से टकराता है');
  });
});
