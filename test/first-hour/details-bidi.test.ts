/**
 * Issue 16, point 10 (the details): the values a sentence quotes are isolated, so a name with a
 * right-to-left override ("\u202Eevil") cannot reverse "… is requesting a slot at 4:00 PM…"; user text and
 * a number with its unit keep their own direction in a right-to-left page. Checked from the boxes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, session } from '../detail-helpers.js';
import { detailIn } from './support.js';

const EVIL = '\u202Eevil';
const TIME = '4:00 PM';

/**
 * The client rectangle of the first occurrence of `needle` in the text under `node` (within one text
 * node), shifted by `shift` characters (-1: the character before it).
 */
function boxOf(node: Node, needle: string, shift = 0): DOMRect {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const at = t.textContent!.indexOf(needle) + shift;
    if (at < shift) continue;
    const range = document.createRange();
    range.setStart(t, at);
    range.setEnd(t, at + (shift ? 1 : needle.length));
    return range.getBoundingClientRect();
  }
  throw new Error(`"${needle}" not found`);
}

describe('first hour: right to left in the details (point 10)', () => {
  it('a name with a right-to-left override cannot reverse the slot sentence', async () => {
    const el = await detailIn(session('s1', { person: { id: 'p', name: EVIL, designations: [] } }));
    const slot = $(el, '.slot')!;
    // The text is unchanged (no marks added); the name and the time range are each in an isolate.
    expect(slot.textContent).to.equal(
      `${EVIL} is requesting a slot at 4:00 PM - 5:00 PM on Friday, Dec 4, 2037`,
    );
    const isolates = $$(el, '.slot bdi').map((b) => b.textContent);
    expect(isolates).to.deep.equal([EVIL, '4:00 PM - 5:00 PM', 'Friday, Dec 4, 2037']);
    // Seen: in this left-to-right sentence the time stays right of the name and of "requesting".
    const name = boxOf(slot, 'evil');
    const requesting = boxOf(slot, 'requesting');
    const time = boxOf(slot, TIME);
    expect(requesting.left, 'requesting after the name').to.be.at.least(name.right - 1);
    expect(time.left, 'the time after "requesting"').to.be.at.least(requesting.right - 1);
  });

  it('in Arabic at 320 px, the time follows the name in reading order (right to left, then down)', async () => {
    const el = await detailIn(session('s1', { person: { id: 'p', name: `${EVIL} Rao`, designations: [] } }), {
      lang: 'ar',
      dir: 'rtl',
      width: 320,
    });
    await waitUntil(() => $(el, '.slot')!.textContent!.includes('موعدًا'), 'Arabic did not load');
    await el.updateComplete;
    const slot = $(el, '.slot')!;
    const name = boxOf(slot, 'evil');
    const range = $$(el, '.slot bdi')[1]!.textContent!; // the time range, as Arabic writes it
    expect(range).to.match(/4/);
    const time = boxOf(slot, range);
    const sameLine = Math.abs(time.top - name.top) < name.height / 2;
    if (sameLine) expect(time.right, 'left of the name on its line').to.be.at.most(name.left + 1);
    else expect(time.top, 'on a later line').to.be.above(name.top);
    expect(slot.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('in a right-to-left page, English user text and "11 years of experience" keep their order', async () => {
    const agenda = 'Planning lessons for mixed-ability groups. '.repeat(6).trim();
    const el = await detailIn(
      session('s1', {
        agenda,
        person: { id: 'p', name: 'Asha Rao', designations: ['Teacher'], experienceYears: 11 },
      }),
      { lang: 'en', dir: 'rtl', width: 360 },
    );
    const experience = $(el, '.experience')!;
    expect(boxOf(experience, '11').left, '"11" left of "years"').to.be.below(boxOf(experience, 'years').left);
    // The folded agenda is left to right: its "…" ends the last line on the right.
    const shown = $(el, '#agenda')!;
    expect(getComputedStyle(shown).direction).to.equal('ltr');
    expect(getComputedStyle($(el, '.title')!).direction).to.equal('ltr');
    const ellipsis = boxOf(shown, '…');
    const before = boxOf(shown, '…', -1);
    expect(ellipsis.left, '"…" right of the letter before it').to.be.at.least(before.right - 1);
  });
});
