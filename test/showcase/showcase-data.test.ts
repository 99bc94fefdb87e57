/**
 * The showcase data of the demo and Storybook (src/mocks/showcase.ts; issue 16, point 13): a real inbox's
 * variety (slot times and lengths, agendas, names in several scripts, people without designation or
 * photo, first messages short and long), on the same requests as the seeded generator: the ids, statuses,
 * directions, days and counts that tests pin stay as they were.
 */
import { expect } from '@open-wc/testing';
import { generateRequests } from '../../src/adapters/memory/generate.js';
import { createMentorEdDb } from '../../src/mocks/index.js';
import { showcaseDb, showcaseRequests } from '../../src/mocks/showcase.js';

const NOW = new Date(2026, 11, 4, 20, 0).getTime(); // an evening: the generator's slots were all at 8 PM
const OPTIONS = { seed: 7, sessionRequests: 45, messageRequests: 12, now: NOW };
// The emulation's clock frozen at NOW too, not only its data anchored there: "pending" is "not ended yet"
// by that clock, and on the real one the comparison depended on the hour the test ran (a slot the showcase
// moves within its day can have ended while the plain seed's has not).
const DB_OPTIONS = { ...OPTIONS, now: () => NOW };
const picture = (id: string) => `https://avatars.example/${id}.svg`;

const distinct = <T>(values: T[]) => new Set(values).size;
const scripts = (names: string[]) => ({
  devanagari: names.some((n) => /\p{Script=Devanagari}/u.test(n)),
  arabic: names.some((n) => /\p{Script=Arabic}/u.test(n)),
  tamil: names.some((n) => /\p{Script=Tamil}/u.test(n)),
  latin: names.some((n) => /^[\p{Script=Latin}\s.'-]+$/u.test(n)),
});

describe('Showcase data for the demo and stories', () => {
  it('the emulation: varied slots, agendas, names, designations, photos and messages', () => {
    const db = createMentorEdDb(DB_OPTIONS);
    showcaseDb(db, picture);
    const rows = db.sessionRequests;
    const hours = rows.map((r) => new Date(r.start_date * 1000).getHours());
    const minutes = rows.map((r) => (r.end_date - r.start_date) / 60);
    expect(distinct(hours), 'times of day').to.be.at.least(6);
    expect(distinct(minutes), 'lengths').to.be.at.least(3);
    expect(distinct(rows.map((r) => r.agenda)), 'agendas').to.be.at.least(8);
    const others = [...db.users.values()].filter((u) => u.user_id !== db.me);
    expect(scripts(others.map((u) => u.name))).to.deep.equal({
      devanagari: true,
      arabic: true,
      tamil: true,
      latin: true,
    });
    expect(
      others.some((u) => u.designation.length === 0),
      'someone without designation',
    ).to.equal(true);
    expect(
      others.some((u) => u.image === null),
      'someone without photo',
    ).to.equal(true);
    expect(
      others.some((u) => u.image),
      'someone with a photo',
    ).to.equal(true);
    const messages = db.connections.map((c) => c.meta.message.length);
    expect(Math.min(...messages), 'a short message').to.be.below(20);
    expect(Math.max(...messages), 'a long message').to.be.above(200);
  });

  it('the emulation: the same requests, statuses, directions, days and counts as the plain seed', () => {
    const plain = createMentorEdDb(DB_OPTIONS);
    const db = createMentorEdDb(DB_OPTIONS);
    showcaseDb(db);
    const day = (seconds: number) => new Date(seconds * 1000).toDateString();
    const shape = (d: typeof db) =>
      d.sessionRequests.map((r) =>
        [r.id, r.status, r.requestor_id, r.requestee_id, day(r.start_date)].join(),
      );
    expect(shape(db)).to.deep.equal(shape(plain));
    expect(db.pendingReceivedCounts()).to.deep.equal(plain.pendingReceivedCounts());
    expect(db.pendingReceivedSessionIds()).to.deep.equal(plain.pendingReceivedSessionIds());
    expect(db.pendingReceivedMessageIds()).to.deep.equal(plain.pendingReceivedMessageIds());
    // An ended slot still ended, an upcoming one still upcoming; sessions follow their request.
    plain.sessionRequests.forEach((before, i) => {
      const after = db.sessionRequests[i]!;
      expect(after.end_date * 1000 < NOW, `request ${after.id}`).to.equal(before.end_date * 1000 < NOW);
      const session = db.sessions.find((s) => s.id === after.session_id);
      if (session)
        expect([session.start_date, session.end_date]).to.deep.equal([after.start_date, after.end_date]);
    });
  });

  it('the MemoryAdapter data: restyled alike, ids, kinds and statuses kept', () => {
    const plain = generateRequests(OPTIONS);
    const data = showcaseRequests(plain, picture);
    const all = [...data.sessionRequests, ...data.history];
    expect(all.map((r) => [r.id, r.status, r.direction])).to.deep.equal(
      [...plain.sessionRequests, ...plain.history].map((r) => [r.id, r.status, r.direction]),
    );
    expect(distinct(all.map((r) => r.start.getHours()))).to.be.at.least(6);
    expect(distinct(all.map((r) => r.end.getTime() - r.start.getTime()))).to.be.at.least(3);
    const people = [...all, ...data.messageRequests].map((r) => r.person);
    expect(people.some((p) => p.designations.length === 0)).to.equal(true);
    expect(people.some((p) => !p.avatarUrl) && people.some((p) => p.avatarUrl)).to.equal(true);
    expect(distinct(data.messageRequests.map((r) => r.message))).to.be.at.least(6);
    // The generator's own data is left as it was.
    expect(plain.sessionRequests[0]!.person.name).to.equal(
      generateRequests(OPTIONS).sessionRequests[0]!.person.name,
    );
  });
});
