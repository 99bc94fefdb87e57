/**
 * The contract, the order of session lists (`ListQuery.sort`): `soonest` is the slot's start, earliest first
 * (model/request.ts `soonestFirst`, a stable sort of the newest-first list: the same start stays newest first), applied after the filters
 * and before the page is cut, so its pages are as exact as newest first's. MentorEd has no order parameter
 * (controllers/v1/requestSessions.js `list` reads only pageNo, pageSize and status; its rows come by
 * `created_at` descending, database/queries/requestSessions.js `getAllRequests`): its adapter orders the
 * whole list it reads. Message requests have no slot: their lists ignore it.
 */
import { expect } from '@open-wc/testing';
import type { ListQuery, Page, SessionRequest } from '../../src/model/request.js';
import { adapter } from './harness.js';

type Query = Omit<ListQuery, 'page' | 'pageSize'>;

/** Every page of `q`, `pageSize` at a time, up to the first empty one (left out). */
async function pagesOf(q: Query, pageSize: number): Promise<Page<SessionRequest>[]> {
  const pages: Page<SessionRequest>[] = [];
  for (let page = 1; page <= 50; page++) {
    const got = await adapter.listSessionRequests({ ...q, page, pageSize });
    if (got.items.length === 0) return pages;
    pages.push(got);
  }
  throw new Error('more than 50 pages');
}

/** The order `soonest` promises, written out here (not the library's comparator). */
function expectSoonestFirst(items: SessionRequest[]): void {
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1]!, items[i]!];
    const key = (r: SessionRequest) => [r.start.getTime(), -r.createdAt.getTime()] as const;
    const [ka, kb] = [key(a), key(b)];
    const inOrder = ka[0] < kb[0] || (ka[0] === kb[0] && (ka[1] < kb[1] || (ka[1] === kb[1] && a.id < b.id)));
    expect(inOrder, `${a.id} (${a.start.toISOString()}) before ${b.id} (${b.start.toISOString()})`).to.equal(
      true,
    );
  }
}

export function sortContract(): void {
  describe('session request lists, soonest first', () => {
    const queries: Query[] = [
      { status: ['requested'], direction: 'received' },
      { status: ['requested', 'expired'], direction: 'all' },
      { status: ['requested', 'accepted', 'rejected', 'expired'], direction: 'all' },
      { status: ['accepted'], direction: 'all' },
    ];

    it('orders what the filters leave by slot start, in exact pages with the same total', async () => {
      for (const q of queries) {
        const newest = await adapter.listSessionRequests({ ...q, page: 1, pageSize: 1000 });
        const soonest = await adapter.listSessionRequests({ ...q, sort: 'soonest', page: 1, pageSize: 1000 });
        const label = JSON.stringify(q);
        expect(soonest.total, label).to.equal(newest.total);
        // The same requests, in the other order.
        const ids = (page: Page<SessionRequest>) => page.items.map((r) => r.id);
        expect([...ids(soonest)].sort(), label).to.deep.equal([...ids(newest)].sort());
        expectSoonestFirst(soonest.items);
        // Pages of 4: each holds 4 but the last, none holds one twice, together they are the whole list.
        const pages = await pagesOf({ ...q, sort: 'soonest' }, 4);
        expect(
          pages.map((p) => p.items.length),
          label,
        ).to.deep.equal(pages.map((_, i) => Math.min(4, soonest.total - 4 * i)));
        expect(
          pages.every((p) => p.total === soonest.total),
          label,
        ).to.equal(true);
        expect(pages.flatMap(ids), label).to.deep.equal(ids(soonest));
      }
    });

    it('differs from newest first on this data (the test can tell them apart)', async () => {
      const q: ListQuery = { ...queries[2], page: 1, pageSize: 1000 };
      const newest = await adapter.listSessionRequests(q);
      const soonest = await adapter.listSessionRequests({ ...q, sort: 'soonest' });
      expect(soonest.items.map((r) => r.id)).to.not.deep.equal(newest.items.map((r) => r.id));
    });

    it('an unknown order is newest first; message lists ignore the order', async () => {
      const newest = await adapter.listSessionRequests({ page: 1, pageSize: 1000 });
      const unknown = await adapter.listSessionRequests({
        page: 1,
        pageSize: 1000,
        sort: 'later' as ListQuery['sort'],
      });
      expect(unknown.items.map((r) => r.id)).to.deep.equal(newest.items.map((r) => r.id));
      const messages = await adapter.listMessageRequests({ page: 1, pageSize: 1000, direction: 'all' });
      const sorted = await adapter.listMessageRequests({
        page: 1,
        pageSize: 1000,
        direction: 'all',
        sort: 'soonest',
      });
      expect(sorted.items.map((r) => r.id)).to.deep.equal(messages.items.map((r) => r.id));
    });
  });
}
