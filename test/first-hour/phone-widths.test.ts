/**
 * Issue 16, point 11: on a phone (360 px, and 320 px for reflow) the two tabs stay in one row with
 * the selected tab's underline under it, and a slot's time range never breaks inside (a line may break
 * between the date and the range). English, Hindi and Arabic (their labels and dates differ in length).
 */
import { expect, waitUntil } from '@open-wc/testing';
import hi from '../../src/i18n/hi.js';
import ar from '../../src/i18n/ar.js';
import { cards, pageWith, resetViewport, session, textRects } from './support.js';

const CASES = [
  { lang: 'en', dir: 'ltr', label: 'Session requests' },
  { lang: 'hi', dir: 'ltr', label: hi.sessionRequests },
  { lang: 'ar', dir: 'rtl', label: ar.sessionRequests },
] as const;

describe('first hour: phone widths (issue 16, point 11)', () => {
  after(resetViewport);

  for (const width of [320, 360]) {
    for (const { lang, dir, label } of CASES) {
      it(`${width} px, ${lang}: tabs in one row, the underline under the selected tab, the range on one line`, async () => {
        // Counts on both tabs: their badges make the row longer.
        const sessions = Array.from({ length: 12 }, (_, i) => session(`s${i}`));
        const { page } = await pageWith(sessions, { lang, dir, width });
        const tabs = page.shadowRoot!.querySelector('request-tabs')!;
        await waitUntil(() => tabs.shadowRoot!.textContent!.includes(label), 'the language shows');
        await waitUntil(() => tabs.shadowRoot!.querySelector('[part~="badge"]'), 'a count shows');
        const [first, second] = Array.from(tabs.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]'));
        const tablist = tabs.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]')!;
        const a = first!.getBoundingClientRect();
        const b = second!.getBoundingClientRect();
        const row = tablist.getBoundingClientRect();
        expect(Math.round(a.top), 'one row').to.equal(Math.round(b.top));
        expect(Math.round(a.bottom), 'same height: underlines aligned').to.equal(Math.round(b.bottom));
        expect(row.height, 'the tablist is one row high').to.be.at.most(a.height + 1);
        expect(tablist.scrollWidth, 'nothing overflows the row').to.be.at.most(tablist.clientWidth);
        expect(row.right, 'within the viewport').to.be.at.most(width + 0.5);
        // The selected tab's underline (its block-end border) touches the tablist's bottom line.
        expect(getComputedStyle(first!).borderBottomWidth).to.equal('3px');
        expect(Math.abs(a.bottom - row.bottom), 'underline on the line').to.be.at.most(1.5);
        // Labels wrap between words only, and a count never wraps ("request/s" and "2/7" broke before).
        for (const tab of [first!, second!]) {
          const badge = tab.querySelector('[part~="badge"]');
          if (badge) {
            const digits = new Set(textRects(badge, badge.textContent!.trim()).map((r) => Math.round(r.top)));
            expect(digits.size, `the count "${badge.textContent!.trim()}" on one line`).to.equal(1);
          }
          const words = (tab.querySelector('.label') ?? tab).textContent!.trim().split(/\s+/u);
          for (const word of words.filter((w) => w && !/^\d+$/u.test(w))) {
            const lines = new Set(textRects(tab, word).map((r) => Math.round(r.top)));
            expect(lines.size, `"${word}" unbroken`).to.equal(1);
          }
        }

        for (const card of cards(page).slice(0, 3)) {
          const range = card.querySelector('.slot .range')!;
          const lines = new Set(textRects(range, range.textContent!).map((r) => Math.round(r.top)));
          expect(lines.size, `the range "${range.textContent}" on one line`).to.equal(1);
          expect(range.getBoundingClientRect().right).to.be.at.most(card.getBoundingClientRect().right);
        }
        expect(page.scrollWidth, 'no horizontal scroll').to.be.at.most(page.clientWidth);
      });
    }
  }
});
