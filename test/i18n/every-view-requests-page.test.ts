/**
 * Hindi and Arabic: every state of requests-page renders with no English left (counts, cards, paging,
 * the offline banner, loading, empty and error states, an opened request).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { goOffline } from '../detail-helpers.js';
import { deepText, expectNoEnglish } from './english-detector.js';
import { LOCALES, SAMPLES, cards, inbox, pageIn, shadow, showing, tabsOf } from './fixtures.js';

for (const [code, t] of LOCALES) {
  const sample = SAMPLES[code];

  describe(`i18n: every view in ${t.$name} (${code})`, () => {
    it('requests-page: the session tab, with counts, cards, paging, offline banner', async () => {
      const { wrapper, page } = await pageIn(code, inbox(sample));
      await showing(wrapper, t.sessionRequests);
      await waitUntil(() => cards(page).length === 2, 'cards');
      const tabs = tabsOf(page);
      await waitUntil(() => shadow(tabs).querySelector('#tab-session')!.hasAttribute('aria-label'), 'counts');
      await page.updateComplete;
      const text = deepText(wrapper);
      expect(text).to.include(t.tabWithCount(t.sessionRequests, 3));
      expect(text).to.include(t.tabWithCount(t.messageRequests, 2));
      expect(text).to.include(t.shownOfTotal(2, 5));
      expect(text).to.include(t.viewDetails(sample.names[0]!));
      expect(text).to.include(t.viewDetailsShort);
      expect(text).to.include(t.experienceYears(5));
      expect(text).to.include(t.moreDesignations(2));
      expect(text).to.include(t.received);
      expect(text).to.include(t.sent);
      expect(text).to.include(t.refresh);
      expect(text).to.include(t.loadMore);
      expectNoEnglish(wrapper, 'the session list');

      // The expired card, on page 3.
      shadow(page).querySelector<HTMLButtonElement>('.load-more')!.click();
      await waitUntil(() => cards(page).length === 4, 'page 2');
      shadow(page).querySelector<HTMLButtonElement>('.load-more')?.click();
      await waitUntil(() => cards(page).length === 5, 'page 3');
      await page.updateComplete;
      expect(deepText(wrapper)).to.include(t.statusExpired);
      expect(deepText(wrapper)).to.include(t.experienceYears(1));
      expectNoEnglish(wrapper, 'the whole session list');

      const online = goOffline();
      try {
        window.dispatchEvent(new Event('offline'));
        await page.updateComplete;
        expect(deepText(wrapper)).to.include(t.offline);
        expectNoEnglish(wrapper, 'the offline banner');
      } finally {
        online();
        window.dispatchEvent(new Event('online'));
      }
    });

    it('requests-page: the message tab, with previews', async () => {
      const { wrapper, page } = await pageIn(code, inbox(sample), { tab: 'message' });
      await showing(wrapper, t.messageRequests);
      await waitUntil(() => cards(page).length === 2, 'cards');
      await waitUntil(() => deepText(wrapper).includes(t.tabWithCount(t.messageRequests, 2)), 'counts');
      const text = deepText(wrapper);
      expect(text).to.include(sample.message);
      expect(text).to.include(t.shownOfTotal(2, 3));
      expectNoEnglish(wrapper, 'the message list');
    });

    it('requests-page: loading, empty (both tabs) and error states', async () => {
      // Loading: the skeleton and the announcement.
      const slow = await pageIn(code, inbox(sample, { latencyMs: 400 }));
      await showing(slow.wrapper, t.loadingRequests);
      expectNoEnglish(slow.wrapper, 'the loading state');

      // The queue (the default view): its own empty state, not "no request matches this filter".
      const empty = await pageIn(code, inbox(sample, { empty: true }), { queue: true });
      await showing(empty.wrapper, t.emptySessions);
      expect(deepText(empty.wrapper)).to.include(t.emptySessionsHint);
      expectNoEnglish(empty.wrapper, 'the empty session tab');
      empty.page.tab = 'message';
      await showing(empty.wrapper, t.emptyMessagesHint);
      expectNoEnglish(empty.wrapper, 'the empty message tab');

      const adapter = inbox(sample);
      adapter.failNext('listSessionRequests', 'network');
      adapter.failNext('countPending', 'server');
      const failed = await pageIn(code, adapter);
      await showing(failed.wrapper, t.errorLoadList);
      const text = deepText(failed.wrapper);
      expect(text).to.include(t.errorNetwork);
      expect(text).to.include(t.retry);
      expectNoEnglish(failed.wrapper, 'the error state');
    });

    it('requests-page: an opened request, with Back', async () => {
      const { wrapper, page } = await pageIn(code, inbox(sample));
      await waitUntil(() => cards(page).length === 2, 'cards');
      cards(page)[0]!.querySelector('button')!.click();
      await showing(wrapper, t.back);
      await showing(wrapper, t.sessionRequest);
      await showing(wrapper, t.accept);
      expectNoEnglish(wrapper, 'the opened session request');
    });
  });
}
