/** List helpers of the MentorEd adapter: query checks, status defaults, direction filter, list bodies. */
import { RequestsError } from '../../model/errors.js';
import type { ListQuery, RequestStatus } from '../../model/request.js';
import { DEFAULT_MESSAGES, isRecord, wrongShape, type Envelope } from './http.js';

/** Page size of the paged count reads (connections/pending caps `limit` at 100). */
export const COUNT_PAGE = 100;

/** A mapped row that counts on a tab: received and still pending. */
export function isPendingReceived(item: { direction: string; status: string } | null): boolean {
  return item?.direction === 'received' && item.status === 'requested';
}

/**
 * Counts the rows for which `pending` holds, reading pages of COUNT_PAGE until the server's total is
 * covered (one call while it is ≤ 100). `read(page)` fetches one page (1-based). A short page is not the
 * end: upstream drops rows of users without a profile after LIMIT / OFFSET and still counts them
 * (services/connections.js `pending`), so only the total or an empty page ends it.
 */
export async function countPages(
  read: (page: number) => Promise<{ data: unknown[]; count: number }>,
  pending: (row: unknown) => boolean,
): Promise<number> {
  let counted = 0;
  for (let page = 1; ; page++) {
    const { data, count } = await read(page);
    for (const row of data) if (pending(row)) counted++;
    if (data.length === 0 || page * COUNT_PAGE >= count) return counted;
  }
}

/** What {@link readWholeList} learns about a server, kept per adapter. */
export interface WholeListState {
  /**
   * The server's unpaged answer was found whole once (a gap to `count` is rows it dropped for users
   * without a profile, which no paging brings back): later reads take it as it is, in one call.
   */
  unpagedIsWhole?: boolean;
}

/**
 * Every row of a `requestSessions/list` filter, in one call where the server allows it: without
 * `pageNo`/`pageSize` upstream answers the whole list (services/requestSessions.js `list`). When that
 * answer holds fewer rows than its `count`, the list is read again in pages of COUNT_PAGE: a build that
 * pages by default needs it; upstream's gap is rows dropped for users without a profile, and once the
 * pages bring nothing new that is remembered in `state`, so later reads cost one call again. The pages
 * cope with upstream's paging bug (a page ≥ 2 returns every row after its offset, up to the index
 * `${offset}${pageSize}`): rows are kept once by id, each answer moves the offset as far as it reached,
 * and a page past the first that adds nothing ends the reading (a server that ignores `pageNo`).
 */
export async function readWholeList(
  read: (paging?: { pageNo: number; pageSize: number }) => Promise<{ data: unknown[]; count: number }>,
  state: WholeListState = {},
): Promise<unknown[]> {
  const whole = await read();
  if (whole.data.length >= whole.count || state.unpagedIsWhole) return whole.data;
  const rows = new Map<string, unknown>(whole.data.map((row, index) => [rowKey(row, index), row]));
  const before = rows.size;
  let offset = 0;
  let count = whole.count;
  for (let pageNo = 1; offset < count; pageNo = offset / COUNT_PAGE + 1) {
    const { data, count: total } = await read({ pageNo, pageSize: COUNT_PAGE });
    count = total;
    const size = rows.size;
    data.forEach((row, index) => rows.set(rowKey(row, offset + index), row));
    if (data.length === 0 || (pageNo > 1 && rows.size === size)) break;
    offset = data.length > COUNT_PAGE ? Number(`${offset}${COUNT_PAGE}`) : offset + COUNT_PAGE;
  }
  if (rows.size === before) state.unpagedIsWhole = true;
  return [...rows.values()];
}

/** A row's id for de-duplication (its position when it has none, so it is still counted once). */
function rowKey(row: unknown, position: number): string {
  const id = isRecord(row) ? row.id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? `id:${id}` : `at:${position}`;
}

/** A page must be a whole number ≥ 1, as must its size (else `validation`, before any call). */
export function checkPaging(q: ListQuery): { page: number; pageSize: number } {
  const page = q?.page;
  const pageSize = q?.pageSize;
  const fieldErrors: Record<string, string> = {};
  if (!Number.isInteger(page) || page < 1) fieldErrors.page = 'Must be a whole number of at least 1.';
  if (!Number.isInteger(pageSize) || pageSize < 1)
    fieldErrors.pageSize = 'Must be a whole number of at least 1.';
  if (Object.keys(fieldErrors).length)
    throw new RequestsError('validation', DEFAULT_MESSAGES.validation, { fieldErrors });
  return { page, pageSize };
}

export function statusesOf(q: ListQuery, defaults: readonly RequestStatus[]): readonly RequestStatus[] {
  return q.status?.length ? q.status : defaults;
}

export function byDirection<T extends { direction: string }>(items: T[], q: ListQuery): T[] {
  const direction = q.direction ?? 'all';
  return direction === 'all' ? items : items.filter((item) => item.direction === direction);
}

/** `result: { data: [...], count }`; anything else is a server fault. */
export function listOf(env: Envelope): { data: unknown[]; count: number } {
  const result = env.result;
  if (!isRecord(result) || !Array.isArray(result.data)) throw wrongShape('list result');
  const count = typeof result.count === 'string' ? Number(result.count) : result.count;
  if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) throw wrongShape('list count');
  return { data: result.data, count };
}
