/** How a request read in a list joins the record the store already has of it. */
import type { AnyRequest } from '../model/request.js';

/**
 * The record for `incoming` (a list row) when the store has `record` of the same request. A list row of
 * an accepted session lacks what only its detail read brings (MentorEd lists carry no meeting link):
 * while the status is the same, the record's link, stored link, meeting host and session id stay, and
 * the joined record counts as read in detail (`detailed`). Anything else: the row is the newer truth.
 */
export function keepDetails(
  record: AnyRequest | undefined,
  incoming: AnyRequest,
  detailed: WeakSet<AnyRequest>,
): AnyRequest {
  if (
    !record ||
    record === incoming ||
    record.kind !== 'session' ||
    incoming.kind !== 'session' ||
    !detailed.has(record) ||
    record.status !== incoming.status
  )
    return incoming;
  const joined = { ...incoming };
  for (const field of ['meetingLink', 'storedLink', 'meetingHost', 'sessionId'] as const) {
    if (joined[field] === undefined && record[field] !== undefined)
      (joined as Record<string, unknown>)[field] = record[field];
  }
  detailed.add(joined);
  return joined;
}

/** Whether `value` is a request at all (a kind and a string id). */
export function isRequest(value: unknown): value is AnyRequest {
  const r = value as AnyRequest | null | undefined;
  return (r?.kind === 'session' || r?.kind === 'message') && typeof r.id === 'string';
}
