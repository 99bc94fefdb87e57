/** MentorEd row mapping as pure functions: bad data is dropped or defaulted with a warning, never thrown. */
import { expect } from '@open-wc/testing';
import { mapConnectionRow, mapSessionRow } from '../../src/adapters/mentored/map-rows.js';

describe('MentorEd rows: bad data never throws', () => {
  const NOW = Date.UTC(2030, 0, 1);
  const start = NOW / 1000 + 86_400;
  const good = {
    id: '7',
    status: 'REQUESTED',
    start_date: start,
    end_date: start + 3600,
    request_type: 'received',
    requestor_id: '42',
    created_at: '2029-12-31T10:00:00.000Z',
    title: 'T',
    agenda: 'A',
    user_details: {
      user_id: '42',
      name: 'Asha',
      designation: [{ value: 't', label: 'Teacher' }],
      experience: '3',
    },
  };
  const run = <T>(
    map: (row: unknown, ctx: { now: number; warn: (k: string, t: string) => void }) => T,
    row: unknown,
  ) => {
    const warnings: string[] = [];
    const result = map(row, { now: NOW, warn: (_key, text) => warnings.push(text) });
    return { result, warnings };
  };

  it('drops rows without id, slot or known status', () => {
    for (const row of [
      null,
      'row',
      [],
      { ...good, id: undefined },
      { ...good, end_date: 'x' },
      { ...good, status: 'LOST' },
      { ...good, status: 3 },
    ]) {
      const { result, warnings } = run(mapSessionRow, row);
      expect(result, JSON.stringify(row)).to.equal(null);
      expect(warnings).to.have.length(1);
    }
  });

  // getDetails never carries request_type (upstream services/requestSessions.js `getInfo` returns the raw
  // row), nor do lists of deployments built before June 2025 (`list` added it then): the direction
  // follows from the ids, since user_details is always the other person.
  it('tells the direction from the ids when request_type is missing, and drops a row it cannot tell', () => {
    const { request_type: _omitted, ...bare } = good;
    const received = run(mapSessionRow, { ...bare, requestee_id: '1' });
    expect([received.result?.direction, received.result?.person.id, received.warnings]).to.deep.equal([
      'received',
      '42',
      [],
    ]);
    const sent = run(mapSessionRow, { ...bare, requestor_id: '1', requestee_id: '42' });
    expect([sent.result?.direction, sent.result?.person.id, sent.warnings]).to.deep.equal(['sent', '42', []]);
    // One id missing: the other still tells when user_details matches it, and nothing is guessed when
    // it does not.
    const noRequestor = run(mapSessionRow, { ...bare, requestor_id: undefined, requestee_id: '42' });
    expect(noRequestor.result?.direction).to.equal('sent');
    const noRequestee = run(mapSessionRow, { ...bare, requestor_id: '42', requestee_id: undefined });
    expect(noRequestee.result?.direction).to.equal('received');
    for (const odd of [
      { ...bare, requestor_id: '5', requestee_id: '6' },
      { ...bare, requestor_id: undefined, requestee_id: '1' },
      { ...bare, requestor_id: '1', requestee_id: undefined },
      { ...bare, requestor_id: undefined, requestee_id: undefined },
      { ...bare, requestee_id: '1', user_details: { ...good.user_details, user_id: undefined } },
      { ...bare, requestor_id: '42', requestee_id: '42' },
    ]) {
      const dropped = run(mapSessionRow, odd);
      expect(dropped.result, JSON.stringify(odd)).to.equal(null);
      expect(dropped.warnings).to.have.length(1);
      expect(dropped.warnings[0]).to.include('row 7 dropped').and.include('direction unknown');
    }
  });

  it('maps odd fields with defaults and one warning', () => {
    const { result, warnings } = run(mapSessionRow, {
      ...good,
      title: 12,
      agenda: null,
      created_at: 'yesterday',
      request_type: 'sent',
      requestee_id: 9,
      user_details: {
        name: '  ',
        image: 'ftp://x/y.png',
        designation: [{ label: 'Teacher' }, 5, 'Coach', { value: 'lead' }],
        experience: -2,
      },
    });
    expect(result).to.deep.include({ title: '', agenda: '', direction: 'sent' });
    expect(result!.createdAt.getTime()).to.equal(start * 1000);
    expect(result!.person).to.deep.equal({ id: '9', name: '', designations: ['Teacher', 'Coach', 'lead'] });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('row 7').and.include('title').and.include('image');
  });

  it('maps a good row without warnings, numbers and epoch created_at included', () => {
    const { result, warnings } = run(mapSessionRow, {
      ...good,
      id: 7,
      created_at: start - 10,
      session_id: 88,
      reject_reason: ' no ',
      user_details: { ...good.user_details, image: 'https://cdn.test/a.png', experience: 4 },
    });
    expect(warnings).to.deep.equal([]);
    expect(result).to.deep.include({ id: '7', sessionId: '88', rejectReason: 'no', status: 'requested' });
    expect(result!.person).to.deep.equal({
      id: '42',
      name: 'Asha',
      designations: ['Teacher'],
      experienceYears: 4,
      avatarUrl: 'https://cdn.test/a.png',
    });
    const missingPerson = run(mapSessionRow, { ...good, user_details: 'Asha', image: 1 });
    expect(missingPerson.result!.person).to.deep.equal({ id: '42', name: '', designations: [] });
    const badImage = run(mapSessionRow, {
      ...good,
      user_details: { ...good.user_details, image: 7, designation: 'Teacher' },
    });
    expect(badImage.result!.person.designations).to.deep.equal([]);
    expect(badImage.warnings[0]).to.include('designation is not a list');
  });

  it('maps connection rows: friend_id, direction from created_by, room id', () => {
    const row = {
      id: '3',
      user_id: '1',
      friend_id: 42,
      created_by: '42',
      status: 'ACCEPTED',
      meta: { message: 'Hi', room_id: 9 },
      created_at: '2029-12-31T10:00:00.000Z',
      user_details: { user_id: '42', name: 'Asha' },
    };
    const { result, warnings } = run(mapConnectionRow, row);
    expect(warnings).to.deep.equal([]);
    expect(result).to.deep.include({
      id: '42',
      direction: 'received',
      status: 'accepted',
      message: 'Hi',
      roomId: '9',
    });
    for (const bad of [
      7,
      { ...row, status: 'EXPIRED' },
      { ...row, friend_id: undefined, user_details: undefined },
      // Without user_id or created_by the direction cannot be told: dropped, not shown as "sent".
      { ...row, user_id: undefined },
      { ...row, created_by: undefined },
    ]) {
      expect(run(mapConnectionRow, bad).result).to.equal(null);
    }
    const odd = run(mapConnectionRow, { ...row, created_at: undefined, meta: null });
    expect(odd.result).to.deep.include({ direction: 'received', message: '' });
    expect(odd.result!.createdAt.getTime()).to.equal(0);
    expect(odd.warnings).to.have.length(1);
  });
});
