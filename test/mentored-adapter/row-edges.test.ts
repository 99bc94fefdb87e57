/**
 * MentorEd row mapping at the edges of each rule (ids, epoch seconds, people, statuses, directions,
 * meeting info): cases that mutation testing (docs/reliability.md, "Mutation testing") showed no test
 * pinned. Pure functions, no DOM: runs in the browser and in Node (test/node/adapter-suites.test.mjs).
 */
import { expect } from '@open-wc/testing';
import {
  dateFromSeconds,
  idOf,
  mapConnectionRow,
  mapMeetingInfo,
  mapPerson,
  mapSessionRow,
  sessionDirection,
  toMeetingInfo,
} from '../../src/adapters/mentored/map-rows.js';

const NOW = Date.UTC(2030, 0, 1);
const start = NOW / 1000 + 86_400;
const session = {
  id: '7',
  status: 'REQUESTED',
  start_date: start,
  end_date: start + 3600,
  request_type: 'received',
  requestor_id: '42',
  requestee_id: '1',
  created_at: '2029-12-31T10:00:00.000Z',
  title: 'T',
  agenda: 'A',
  user_details: { user_id: '42', name: 'Asha' },
};
const connection = {
  id: 3,
  friend_id: '42',
  user_id: '1',
  created_by: '42',
  status: 'REQUESTED',
  created_at: '2029-12-31T10:00:00.000Z',
  meta: { message: 'Hi' },
  user_details: { user_id: '42', name: 'Asha' },
};

function mapped<T>(
  map: (row: unknown, ctx: { now: number; warn: (k: string, t: string) => void }) => T,
  row: unknown,
) {
  const warnings: string[] = [];
  const result = map(row, { now: NOW, warn: (_key, text) => warnings.push(text) });
  return { result, warnings };
}

function person(details: unknown, fallback?: string) {
  const issues: string[] = [];
  return { person: mapPerson(details, fallback, issues), issues };
}

describe('MentorEd rows: the edges of each rule', () => {
  it('ids: text trimmed, finite numbers as text, anything else none', () => {
    expect([idOf(' 42 '), idOf(42), idOf(0), idOf('0')]).to.deep.equal(['42', '42', '0', '0']);
    for (const bad of ['', '   ', Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}, ['1']])
      expect(idOf(bad), String(bad)).to.equal(undefined);
  });

  it('epoch seconds: numbers and plain decimal text only', () => {
    expect(dateFromSeconds(1_700_000_000)?.toISOString()).to.equal('2023-11-14T22:13:20.000Z');
    expect(dateFromSeconds(' 1700000000 ')?.getTime()).to.equal(1_700_000_000_000);
    expect(dateFromSeconds('1.25')?.getTime()).to.equal(1250);
    expect(dateFromSeconds('-5')?.getTime()).to.equal(-5000);
    // Text that Number() would read but that is not plain seconds: hexadecimal, exponents, words.
    for (const bad of [
      '0x10',
      '1e9',
      '12abc',
      '1.',
      '.5',
      '',
      'soon',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      1e20,
    ])
      expect(dateFromSeconds(bad), String(bad)).to.equal(undefined);
  });

  it('people: trimmed names, ids from user_id or id, then the fallback', () => {
    expect(person({ user_id: ' 5 ', id: '6', name: ' Asha ' })).to.deep.equal({
      person: { id: '5', name: 'Asha', designations: [] },
      issues: [],
    });
    expect(person({ id: 6, name: 'A' }).person.id).to.equal('6');
    const fallback = person({ name: 7 }, '9');
    expect(fallback.person).to.deep.equal({ id: '9', name: '', designations: [] });
    expect(fallback.issues).to.deep.equal(['user_details.user_id missing', 'user_details.name missing']);
    expect(person(null, '9')).to.deep.equal({
      person: { id: '9', name: '', designations: [] },
      issues: ['user_details missing'],
    });
  });

  it('people: avatars are http(s) URLs, trimmed; blank or absent is no avatar and no issue', () => {
    const at = (image: unknown) => person({ user_id: '5', name: 'A', image });
    expect(at(' https://cdn.test/a.png ').person.avatarUrl).to.equal('https://cdn.test/a.png');
    expect(at('http://cdn.test/a.png').person.avatarUrl).to.equal('http://cdn.test/a.png');
    for (const none of ['', null, undefined]) expect(at(none), String(none)).to.deep.include({ issues: [] });
    expect(at('ftp://cdn.test/a.png').issues).to.deep.equal(['user_details.image is not an http(s) URL']);
    expect(at(5).issues).to.deep.equal(['user_details.image is not text']);
    expect(at(5).person).to.not.have.property('avatarUrl');
  });

  it('people: 0 to 100 years of experience, as numbers or numeric text', () => {
    const years = (experience: unknown) => person({ user_id: '5', name: 'A', experience });
    expect([0, 100, ' 7 ', '2.5'].map((e) => years(e).person.experienceYears)).to.deep.equal([
      0, 100, 7, 2.5,
    ]);
    for (const none of [undefined, null, '', '  ']) {
      expect(years(none).person, String(none)).to.not.have.property('experienceYears');
      expect(years(none).issues, String(none)).to.deep.equal([]);
    }
    for (const bad of [101, -1, 'ten', true]) {
      expect(years(bad).person, String(bad)).to.not.have.property('experienceYears');
      expect(years(bad).issues, String(bad)).to.deep.equal([
        'user_details.experience is not a number of years',
      ]);
    }
  });

  it('people: designations from labels, values or text, trimmed; unreadable entries said once', () => {
    const { person: p, issues } = person({
      user_id: '5',
      name: 'A',
      designation: [' Teacher ', { label: ' Head ' }, { value: 'hm' }, { label: 3 }, {}, 5, '  '],
    });
    expect(p.designations).to.deep.equal(['Teacher', 'Head', 'hm']);
    expect(issues).to.deep.equal(['user_details.designation has unreadable entries']);
    expect(person({ user_id: '5', name: 'A', designation: 'Teacher' }).issues).to.deep.equal([
      'user_details.designation is not a list',
    ]);
  });

  it('session rows: statuses read loosely, an ended slot is expired from its very end', () => {
    const status = (row: object) => mapped(mapSessionRow, { ...session, ...row }).result?.status;
    expect(status({ status: ' accepted ' })).to.equal('accepted');
    expect(status({ end_date: NOW / 1000 })).to.equal('expired');
    expect(status({ end_date: NOW / 1000 + 1 })).to.equal('requested');
    // Only a pending request expires: a handled one keeps its status after its slot.
    expect(status({ status: 'ACCEPTED', end_date: NOW / 1000 - 60 })).to.equal('accepted');
    expect(status({ status: 'REJECTED', end_date: NOW / 1000 - 60 })).to.equal('rejected');
  });

  it('session rows: session id and reason only when present, trimmed; bad text fields said', () => {
    const { result, warnings } = mapped(mapSessionRow, {
      ...session,
      session_id: 99,
      reject_reason: '  Busy  ',
      title: 5,
      agenda: null,
    });
    expect([result?.sessionId, result?.rejectReason, result?.title, result?.agenda]).to.deep.equal([
      '99',
      'Busy',
      '',
      '',
    ]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('title is not text').and.not.include('agenda');
    const bare = mapped(mapSessionRow, { ...session, session_id: '', reject_reason: '   ' }).result;
    expect(bare).to.not.have.property('sessionId');
    expect(bare).to.not.have.property('rejectReason');
  });

  it('session rows: created_at as ISO text or epoch seconds, else the start with a warning', () => {
    const created = (created_at: unknown) => mapped(mapSessionRow, { ...session, created_at });
    expect(created(' 1700000000 ').result?.createdAt.getTime()).to.equal(1_700_000_000_000);
    expect(created(1_700_000_000).result?.createdAt.getTime()).to.equal(1_700_000_000_000);
    for (const bad of ['   ', 'soon', null]) {
      const { result, warnings } = created(bad);
      expect(result?.createdAt.getTime(), String(bad)).to.equal(start * 1000);
      expect(warnings.join(), String(bad)).to.include('created_at is not a date');
    }
  });

  it('the direction of a session row without request_type, from the ids', () => {
    const { request_type: _none, ...bare } = session;
    const dir = (ids: Record<string, unknown>) => sessionDirection({ ...bare, ...ids });
    expect(dir({ request_type: 'sent' })).to.equal('sent');
    expect(dir({})).to.equal('received'); // user_details (42) is the requestor
    expect(dir({ user_details: { user_id: '1' } })).to.equal('sent'); // ... is the requestee
    expect(dir({ user_details: { user_id: '8' } })).to.equal(undefined); // neither
    expect(dir({ requestee_id: '42' })).to.equal(undefined); // both ids the same
    expect(dir({ requestee_id: undefined })).to.equal('received');
    expect(dir({ requestee_id: undefined, user_details: { user_id: '8' } })).to.equal(undefined);
    expect(dir({ requestor_id: undefined, user_details: { user_id: '1' } })).to.equal('sent');
    expect(dir({ requestor_id: undefined })).to.equal(undefined);
    expect(dir({ requestor_id: undefined, requestee_id: undefined })).to.equal(undefined);
    expect(dir({ user_details: { name: 'no id' } })).to.equal(undefined);
  });

  it('connection rows: id from friend_id or the person, direction from created_by, room id as text', () => {
    const row = (patch: object) => mapped(mapConnectionRow, { ...connection, ...patch });
    expect(row({}).result).to.deep.include({
      id: '42',
      direction: 'received',
      status: 'requested',
      message: 'Hi',
    });
    expect(row({ created_by: '1' }).result?.direction).to.equal('sent');
    expect(row({ friend_id: undefined }).result?.id).to.equal('42');
    expect(row({ meta: { room_id: 12, message: 'Hi' } }).result?.roomId).to.equal('12');
    expect(row({})).to.not.have.nested.property('result.roomId');
    const noText = row({ meta: { message: 5 } });
    expect([noText.result?.message, noText.warnings.length]).to.deep.equal(['', 1]);
    expect(noText.warnings[0]).to.include('meta.message is not text');
  });

  it('connection rows: an expired or unknown status, or no id, drops the row with one warning', () => {
    for (const patch of [
      { status: 'EXPIRED' },
      { status: 'LOST' },
      { status: undefined },
      { friend_id: undefined, user_details: { name: 'A' } },
    ]) {
      const { result, warnings } = mapped(mapConnectionRow, { ...connection, ...patch });
      expect(result, JSON.stringify(patch)).to.equal(null);
      expect(warnings, JSON.stringify(patch)).to.have.length(1);
    }
    const lost = mapped(mapConnectionRow, { ...connection, status: 'EXPIRED' });
    expect(lost.warnings[0])
      .to.include('message request row 42 dropped')
      .and.include('unknown status "EXPIRED"');
    const nobody = mapped(mapConnectionRow, { ...connection, friend_id: undefined, user_details: {} });
    expect(nobody.warnings[0]).to.include('message request row 3 dropped').and.include('friend_id missing');
  });

  it('meeting info: hosts, links of our platforms, and other stored links with their label', () => {
    expect(mapMeetingInfo({ value: ' BBB ', link: 'https://bbb.test/x' })).to.deep.equal({
      meetingHost: 'platform',
    });
    expect(mapMeetingInfo({ value: 'OFF' })).to.deep.equal({ meetingHost: 'none' });
    expect(mapMeetingInfo({ platform: ' Off ', value: 5 })).to.deep.equal({ meetingHost: 'none' });
    expect(mapMeetingInfo({ value: 'Gmeet', link: '  ' })).to.deep.equal({});
    expect(mapMeetingInfo('Gmeet')).to.deep.equal({});
    expect(
      mapMeetingInfo({ value: ' Gmeet ', link: ' https://meet.google.com/abc-defg-hij ' }),
    ).to.deep.equal({
      meetingLink: { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' },
    });
    expect(
      mapMeetingInfo({
        value: 'Zoom',
        link: 'https://us02web.zoom.us/j/12345678901',
        meta: { meetingId: 12_345_678_901, password: 'x7Yz' },
      }),
    ).to.deep.equal({
      meetingLink: {
        platform: 'zoom',
        url: 'https://us02web.zoom.us/j/12345678901',
        meetingId: '12345678901',
        passcode: 'x7Yz',
      },
    });
    // A Zoom link whose passcode fails our rules is still a usable link, without id or passcode.
    expect(
      mapMeetingInfo({ value: 'Zoom', link: 'https://zoom.us/j/123456789', meta: { password: 'a b' } }),
    ).to.deep.equal({ meetingLink: { platform: 'zoom', url: 'https://zoom.us/j/123456789' } });
    expect(
      mapMeetingInfo({ platform: ' Teams ', value: 'teams', link: 'https://teams.test/x' }),
    ).to.deep.equal({
      storedLink: { text: 'https://teams.test/x', platformLabel: 'Teams' },
    });
    expect(mapMeetingInfo({ value: ' Gmeet ', link: 'http://meet.google.com/abc-defg-hij' })).to.deep.equal({
      storedLink: { text: 'http://meet.google.com/abc-defg-hij', platformLabel: 'Gmeet' },
    });
  });

  it('meeting info to the wire: the platform names upstream knows, id and passcode in meta', () => {
    expect(
      toMeetingInfo({ platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' }),
    ).to.deep.equal({
      platform: 'Google meet',
      value: 'Gmeet',
      link: 'https://meet.google.com/abc-defg-hij',
      meta: {},
    });
    expect(
      toMeetingInfo({ platform: 'zoom', url: 'https://zoom.us/j/1', meetingId: '1', passcode: 'p' }),
    ).to.deep.equal({
      platform: 'Zoom',
      value: 'Zoom',
      link: 'https://zoom.us/j/1',
      meta: { meetingId: '1', password: 'p' },
    });
  });
});
