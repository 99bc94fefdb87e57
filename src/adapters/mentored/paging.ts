/**
 * List helpers of the MentorEd adapter: query checks, status defaults and server statuses, the direction
 * filter, whole-list reads (both endpoints) and the snapshots that serve later pages, list bodies.
 */
import { RequestsError } from '../../model/errors.js';
import type { ListQuery, RequestStatus } from '../../model/request.js';
import { DEFAULT_MESSAGES, isRecord, wrongShape, type Envelope } from './http.js';

/**
 * Page size of the paged whole-list reads (connections/pending caps `limit` at 100:
 * middlewares/pagination.js).
 */
export const COUNT_PAGE = 100;

/** A mapped row that counts on a tab: received and still pending. */
export function isPendingReceived(item: { direction: string; status: string } | null): boolean {
  return item?.direction === 'received' && item.status === 'requested';
}

/**
 * The ids of the mapped rows that count on a tab, each once (a row seen twice, as a list moved between two
 * pages, counts once), so that a count is always the number of its ids.
 */
export function pendingIdsOf(
  items: readonly ({ id: string; direction: string; status: string } | null)[],
): string[] {
  return [...new Set(items.filter(isPendingReceived).map((item) => item!.id))];
}

/**
 * Every row of a list paged by `page` / `limit` (connections/pending), reading pages of COUNT_PAGE until
 * the server's total is covered: one call while it is ≤ 100, one per 100 beyond. `read(page)` fetches one
 * page (1-based). A short page is not the end: upstream drops rows of users without a profile after LIMIT
 * / OFFSET and still counts them (services/connections.js `pending`), so only the total or an empty page
 * ends it. A row seen on two pages (the list moved between two reads) is kept once, by its id.
 */
export async function readAllPages(
  read: (page: number) => Promise<{ data: unknown[]; count: number }>,
): Promise<unknown[]> {
  const rows = new Map<string, unknown>();
  for (let page = 1; ; page++) {
    const { data, count } = await read(page);
    const offset = (page - 1) * COUNT_PAGE;
    data.forEach((row, index) => rows.set(rowKey(row, offset + index), row));
    if (data.length === 0 || page * COUNT_PAGE >= count) return [...rows.values()];
  }
}

/**
 * How long the rows a list read brought serve the later pages of the same list (ms): see
 * {@link ListSnapshots}.
 */
export const LIST_SNAPSHOT_MS = 30_000;
/** Lists kept at most (one per server filter: the session status sets, and the pending messages). */
const MAX_SNAPSHOTS = 8;

/**
 * The rows of the last whole-list reads, so that the pages after the first cost no call. MentorEd cannot
 * filter by direction nor page correctly (services/requestSessions.js `list`, connections/pending's
 * profile drops), so an exact page is cut from the whole list: page 1 always reads it (and so refreshes
 * it); page 2 and later reuse the rows of the last read of the same list made less than
 * LIST_SNAPSHOT_MS ago, else read it again. Every action clears them (`clear()`), and a read that was in
 * flight during an action is not kept. Pages cut from one read never repeat or skip an item, even when
 * the server's list moved in between. Kept per adapter; nothing else is (the store caches the lists).
 */
export class ListSnapshots {
  readonly #entries = new Map<string, { rows: unknown[]; at: number }>();
  #generation = 0;

  constructor(private readonly clock: () => number) {}

  async rows(key: string, page: number, read: () => Promise<unknown[]>): Promise<unknown[]> {
    const hit = this.#entries.get(key);
    const age = hit ? this.clock() - hit.at : Number.NaN;
    if (page > 1 && hit && age >= 0 && age < LIST_SNAPSHOT_MS) return hit.rows;
    const generation = this.#generation;
    const at = this.clock();
    const rows = await read();
    if (generation === this.#generation) {
      this.#entries.delete(key);
      this.#entries.set(key, { rows, at });
      if (this.#entries.size > MAX_SNAPSHOTS) this.#entries.delete(this.#entries.keys().next().value!);
    }
    return rows;
  }

  /** After any action: the next page of every list reads the server again. */
  clear(): void {
    this.#entries.clear();
    this.#generation++;
  }
}

/**
 * MentorEd's statuses to ask `requestSessions/list` for, so that the rows hold every request whose
 * *reported* status is one of `statuses`: `expired` needs EXPIRED (marked by the server's job) and
 * REQUESTED (a slot that ended before the job ran; model/request.ts `RequestStatus`). In the validator's
 * order (validators/v1/requestSessions.js `list`), so that equal filters make equal URLs (one call in
 * flight for both). Unknown statuses are left out; never empty for a known one.
 */
export function serverStatuses(statuses: readonly string[]): string[] {
  const wanted = new Set<string>();
  for (const status of statuses) {
    if (status === 'expired') wanted.add('REQUESTED');
    wanted.add(status.toUpperCase());
  }
  return ['REQUESTED', 'ACCEPTED', 'REJECTED', 'EXPIRED'].filter((status) => wanted.has(status));
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

/** The items of the query's direction (all of them for `'all'` or none given). */
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
