/**
 * define.ts defines the three detail-time elements when their chunk arrives. This file plays a slow
 * chunk: it defines only the list's two tags (as define.ts does at import), lets the user open a request
 * and a host deep-link to another, and defines the other three afterwards, as the chunk would
 * (`DETAIL_ELEMENTS`). It must not import define.js or any fixture that does: definitions can't be undone.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { DETAIL_ELEMENTS } from '../../src/define-details.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { RequestTabs, RequestsPage as RequestsPageClass } from '../../src/index.js';
import { defineTags } from '../../src/registry.js';
import { cards, detailOf, inDetail, root } from '../support/page-helpers.js';

const nameIn = (el: RequestsPage) => inDetail(el, '[part~="name"]')?.textContent?.trim();

describe('<requests-page> before the detail chunk has arrived', () => {
  it('a request opened, and one deep-linked, before the details are defined show when they arrive; the opened one takes focus', async () => {
    defineTags({ 'requests-page': RequestsPageClass, 'request-tabs': RequestTabs });
    for (const tag of Object.keys(DETAIL_ELEMENTS)) expect(customElements.get(tag), tag).to.equal(undefined);

    // The user opens the first card.
    const clicked = await fixture<RequestsPage>(
      html`<requests-page .adapter=${new MemoryAdapter({ seed: 3 })} page-size="10"></requests-page>`,
    );
    await waitUntil(() => cards(clicked).length > 0, 'the list did not load');
    // The page's own parts (filters, the detail view) are in the chunk's module, which is loaded here: only
    // the definitions are late.
    await waitUntil(() => !root(clicked).querySelector('.filters-pending'), 'the page parts did not load');
    const card = cards(clicked)[0]!;
    const name = card.querySelector('[part~="name"]')!.textContent!.trim();
    card.querySelector('button')!.click();
    await clicked.updateComplete;
    expect(detailOf(clicked)!.shadowRoot, 'not upgraded yet').to.equal(null);
    expect(root(clicked).querySelector('.list-view')!.hasAttribute('hidden')).to.equal(true);
    // Meanwhile a placeholder holds the place of the detail (no layout jump when it arrives).
    expect(detailOf(clicked)!.getBoundingClientRect().height).to.be.at.least(12 * 16);

    // A host deep-links to a request of another inbox.
    const data = new MemoryAdapter({ seed: 4 });
    const target = (await data.listSessionRequests({ page: 1, pageSize: 1 })).items[0]!;
    const linked = await fixture<RequestsPage>(
      html`<requests-page
        .adapter=${data}
        direction="all"
        status="all"
        open-id=${target.id}
      ></requests-page>`,
    );
    expect(detailOf(linked)!.shadowRoot, 'not upgraded yet').to.equal(null);

    defineTags(DETAIL_ELEMENTS);

    const detail = detailOf(clicked)!;
    await waitUntil(
      () => detail.shadowRoot?.activeElement?.id === 'heading',
      'focus did not reach the heading once the detail was defined',
    );
    // The request object the page set before the upgrade was kept: shown at once.
    expect(nameIn(clicked)).to.equal(name);
    await waitUntil(() => nameIn(linked), 'the deep-linked request did not show');
    expect(nameIn(linked)).to.equal(target.person.name);
  });
});
