/**
 * The contract, booked sessions (the optional `listBookedSlots`, for the session detail's conflict
 * warning): an accepted session request is a booked session of the viewer, and the answer holds the
 * sessions that overlap or touch the range, whatever the backend's own window rules (MentorEd:
 * src/adapters/mentored/booked-slots.ts, over services/requestSessions.js `userAvailability`).
 */
import { expect } from '@open-wc/testing';
import type { SessionRequest } from '../../src/model/request.js';
import { adapter, h, pendingReceivedSessions } from './harness.js';
import { rejectsWith } from './support.js';

const MINUTE = 60_000;
const at = (ms: number) => new Date(ms);

/** The booked slots over [start, end], as `start–end title` strings (easy to read in a failure). */
async function bookedOver(start: number, end: number): Promise<string[]> {
  const slots = await adapter.listBookedSlots!({ start: at(start), end: at(end) });
  for (const slot of slots) {
    expect(slot.start).to.be.instanceOf(Date);
    expect(slot.end.getTime()).to.be.greaterThan(slot.start.getTime());
    expect(slot.title).to.be.a('string');
  }
  return slots.map((s) => `${s.start.toISOString()}–${s.end.toISOString()} ${s.title}`);
}

const label = (r: SessionRequest) => `${r.start.toISOString()}–${r.end.toISOString()} ${r.title}`;

export function bookedContract(): void {
  describe('booked sessions (listBookedSlots)', () => {
    it('answers an accepted session over a range it overlaps, contains, lies in or touches; not one apart', async () => {
      const [request] = await pendingReceivedSessions();
      const start = request!.start.getTime();
      const end = request!.end.getTime();
      expect(await bookedOver(start, end), 'before the accept').not.to.include(label(request!));
      await adapter.acceptSessionRequest(request!.id);
      expect(await bookedOver(start, end), 'the same slot').to.include(label(request!));
      expect(await bookedOver(start + MINUTE, end - MINUTE), 'a range inside it').to.include(label(request!));
      expect(await bookedOver(start - 3 * 60 * MINUTE, end + 60 * MINUTE), 'a range around it').to.include(
        label(request!),
      );
      expect(await bookedOver(end, end + 60 * MINUTE), 'back to back, after').to.include(label(request!));
      expect(await bookedOver(start - 60 * MINUTE, start), 'back to back, before').to.include(
        label(request!),
      );
      expect(await bookedOver(end + MINUTE, end + 61 * MINUTE), 'a minute apart').not.to.include(
        label(request!),
      );
    });

    it('reports failures as every call does, and is aborted by the caller', async () => {
      const now = Date.now();
      const range = { start: at(now), end: at(now + 60 * MINUTE) };
      h.fail('listBookedSlots', 'server');
      await rejectsWith(adapter.listBookedSlots!(range), 'server');
      h.fail('listBookedSlots', 'unauthorized');
      await rejectsWith(adapter.listBookedSlots!(range), 'unauthorized');
      const aborted = new AbortController();
      aborted.abort();
      await rejectsWith(adapter.listBookedSlots!(range, { signal: aborted.signal }), 'aborted');
      h.setLatency(300);
      const during = new AbortController();
      const call = adapter.listBookedSlots!(range, { signal: during.signal });
      setTimeout(() => during.abort(), 20);
      await rejectsWith(call, 'aborted');
      h.setLatency(0);
      await rejectsWith(adapter.listBookedSlots!({ start: range.end, end: range.start }), 'validation');
      expect(await adapter.listBookedSlots!(range)).to.be.an('array');
    });
  });
}
