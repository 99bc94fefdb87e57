/**
 * How an `InboxStore` makes its lists (one per kind, filter and page size) and takes in what their pages
 * bring. In a module of its own, registered with the store when it loads, so that a badge alone (which
 * shows counts only) carries no list code: `<requests-page>` and the package's entry points import it.
 * Listed in package.json `sideEffects`.
 */
import type { AnyRequest } from '../model/request.js';
import { inFilter, normalizeFilter, statusesFor } from './filters.js';
import {
  checkPageSize,
  listMaker,
  storeCores,
  type InboxStore,
  type ListSpec,
  type StoreCore,
} from './inbox-store.js';
import { isRequest, keepDetails } from './records.js';
import { RequestList } from './request-list.js';

listMaker.make = (store: InboxStore, spec: ListSpec): RequestList<AnyRequest> => {
  const core = storeCores.get(store)!;
  const filter = normalizeFilter(spec.kind, spec.filter);
  const pageSize = checkPageSize(spec.pageSize);
  // The whole normalized filter (its keys always in the same order), the order included: switching back to
  // a sort already shown finds its pages (no call).
  const key = `${spec.kind}|${JSON.stringify(filter)}|${pageSize}`;
  let list = core.listMap.get(key);
  if (!list) {
    // The filter's direction and order as they are, its status as the adapter's statuses.
    const query = { ...filter, status: statusesFor(filter.status) };
    const { kind } = spec;
    const { adapter } = core;
    const created: RequestList<AnyRequest> = new RequestList<AnyRequest>({
      kind,
      filter,
      pageSize,
      fetcher: (q, o) =>
        kind === 'session'
          ? adapter.listSessionRequests({ ...q, ...query }, o)
          : adapter.listMessageRequests({ ...q, ...query }, o),
      belongs: (request, now) => request.kind === kind && inFilter(request, filter, now),
      take: (items) => take(core, created, items),
      onChange: () => core.notify(),
      onError: (error) => core.fail(kind, 'load', error),
      now: core.now,
    });
    list = created;
    core.listMap.set(key, list);
  }
  return list;
};

/**
 * The requests a page of `source` brought: each becomes the record (keeping what a list row lacks);
 * a request the store knew is updated in the other lists that hold it (a fresh read is the truth).
 */
function take(core: StoreCore, source: RequestList<AnyRequest>, items: AnyRequest[]): AnyRequest[] {
  return items.map((item) => {
    if (!isRequest(item)) return item;
    const records = core.records[item.kind];
    const known = records.get(item.id);
    const record = keepDetails(known, item, core.detailed);
    records.set(item.id, record);
    if (known && known !== record)
      for (const list of core.lists(item.kind)) if (list !== source) list.apply(record);
    return record;
  });
}
