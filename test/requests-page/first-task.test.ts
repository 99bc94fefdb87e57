/**
 * The page's first render in a task of its own (requests-page.ts `scheduleUpdate`): on a low-end phone the
 * task that evaluates and defines the elements is long already, and the first render would make it longer
 * (docs/performance.md, "The first load on a low-end phone"). What a host can observe: nothing rendered and
 * nothing asked of the adapter in the defining task's microtasks; both in the next task, together.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { RequestsPage } from '../../src/index.js';
import { memory } from '../requests-page-fixtures.js';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('<requests-page>: the first render in a task of its own', () => {
  it('renders and sends its first reads in the task after the one that connected it', async () => {
    const adapter = memory();
    const el = document.createElement('requests-page') as RequestsPage;
    el.adapter = adapter;
    document.body.append(el);
    try {
      await Promise.resolve();
      await Promise.resolve();
      expect(el.hasUpdated, 'rendered in the connecting task').to.equal(false);
      expect(el.shadowRoot!.querySelector('request-tabs')).to.equal(null);
      expect(adapter.calls, 'adapter called in the connecting task').to.deep.equal([]);

      await nextTask();
      expect(el.hasUpdated).to.equal(true);
      expect(el.shadowRoot!.querySelector('request-tabs')).not.to.equal(null);
      expect(adapter.calls.map((call) => call.method)).to.include.members([
        'listSessionRequests',
        'countPending',
      ]);

      // Later updates are Lit's own: a microtask, not a task.
      el.tab = 'message';
      await Promise.resolve();
      await Promise.resolve();
      expect(el.shadowRoot!.querySelector('request-tabs')!.selected).to.equal('message');
    } finally {
      el.remove();
    }
  });
});
