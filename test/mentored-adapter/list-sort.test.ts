/**
 * MentorEdAdapter, soonest first: what it costs on the wire. Upstream (ELEVATE-Project/mentoring aa52d89e,
 * paths under `src/`) has no order parameter: controllers/v1/requestSessions.js `list` passes only `pageNo`,
 * `pageSize` and `status` to services/requestSessions.js `list`, whose rows are by `created_at` descending
 * (database/queries/requestSessions.js `getAllRequests` / `getSessionMappingDetails`, `order: [['created_at',
 * 'DESC']]`, then a sort of the merged rows). The adapter reads the whole list anyway (list-pages.test.ts),
 * so it orders that by slot start before cutting the page: the same calls as newest first, no parameter
 * the server would ignore. The pages themselves: the contract (test/contract/sort-contract.ts).
 */
import { expect } from '@open-wc/testing';
import type { ListQuery } from '../../src/model/request.js';
import { paths, setup, useMentorEdWorker } from './support.js';

useMentorEdWorker();

describe('MentorEdAdapter: soonest first on the wire', () => {
  it('sends no order; costs what newest first costs; both orders page from the same read', async () => {
    const { db, adapter } = setup({ seed: 9, sessionRequests: 14 });
    const q: ListQuery = {
      page: 1,
      pageSize: 4,
      status: ['requested'],
      direction: 'received',
      sort: 'soonest',
    };
    const first = await adapter.listSessionRequests(q);
    expect(paths(db)).to.deep.equal(['GET /requestSessions/list?status=REQUESTED']);
    // Pages 2 and 3 of soonest, and page 2 of newest: cut from that one read.
    const second = await adapter.listSessionRequests({ ...q, page: 2 });
    await adapter.listSessionRequests({ ...q, page: 3 });
    await adapter.listSessionRequests({ ...q, page: 2, sort: 'newest' });
    expect(paths(db)).to.have.length(1);
    const starts = [...first.items, ...second.items].map((r) => r.start.getTime());
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    // Page 1 reads again (a refresh), in either order.
    await adapter.listSessionRequests({ ...q, sort: 'newest' });
    expect(paths(db)).to.have.length(2);
  });
});
