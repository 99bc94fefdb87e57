/**
 * Issue 16, point 10: user text and numbers with their units are isolated in the cards, so their
 * order survives a right-to-left page. Geometry from the text's own boxes (Range.getClientRects), at a
 * 320 px phone in Arabic (`lang="ar" dir="rtl"`) and in the README's dark-RTL demo (English, dir="rtl").
 */
import { expect, waitUntil } from '@open-wc/testing';
import ar from '../../src/i18n/ar.js';
import { cards, message, pageWith, resetViewport, session, textBox, textRects } from './support.js';

const DIGITS = /[0-9\u0660-\u0669]+/;

describe('first hour: right-to-left cards (issue 16, point 10)', () => {
  after(resetViewport);

  it('Arabic at 320 px: the years sit between "خبرة" and "سنة", in reading order', async () => {
    const { page } = await pageWith(
      [
        session('s1', {
          person: { id: 'p', name: 'سلمى حداد', designations: ['معلّمة'], experienceYears: 11 },
        }),
      ],
      { lang: 'ar', dir: 'rtl', width: 320 },
    );
    const card = cards(page)[0]!;
    await waitUntil(() => card.querySelector('.experience')?.textContent?.includes('سنة'), 'Arabic loaded');
    const experience = card.querySelector('.experience')!;
    const digits = ar.experienceYears(11).match(DIGITS)![0];
    const number = textBox(experience, digits);
    const noun = textBox(experience, 'خبرة');
    const unit = textBox(experience, 'سنة');
    expect(number.top, 'one line').to.equal(unit.top);
    expect(number.right, '"خبرة" first: to the right of the number').to.be.at.most(noun.left + 0.5);
    expect(number.left, '"سنة" after the number: to its left').to.be.at.least(unit.right - 0.5);
  });

  it('English in a right-to-left page (the demo\'s dir=rtl): "11 years of experience", not "years of experience 11"', async () => {
    const { page } = await pageWith([session('s1')], { lang: 'en', dir: 'rtl', width: 320 });
    const experience = cards(page)[0]!.querySelector('.experience')!;
    expect(experience.textContent!.trim()).to.equal('11 years of experience');
    const number = textBox(experience, '11');
    const unit = textBox(experience, 'years');
    expect(number.top).to.equal(unit.top);
    expect(number.right, 'the number before its unit, left to right').to.be.at.most(unit.left + 0.5);
    // The English slot sentence runs left to right too ("Monday, Dec 14, 2037, 7:00 AM - 8:00 AM"), its
    // commas after the words; the English designation keeps its "…" at its end (the right).
    const card = cards(page)[0]!;
    expect(card.querySelector('.slot')!.matches(':dir(ltr)'), 'slot').to.equal(true);
    expect(card.querySelector('.designation')!.matches(':dir(ltr)'), 'designation').to.equal(true);
    const year = textBox(card.querySelector('.slot')!, '2037');
    const comma = textBox(card.querySelector('.slot')!, '2037,');
    expect(comma.left, 'the comma after the year, on its right').to.be.closeTo(year.left, 0.5);
  });

  it('a right-to-left override (U+202E) in a designation or a name reverses nothing after it', async () => {
    const { page } = await pageWith([
      session('s1', {
        person: {
          id: 'p',
          name: '\u202EAsha Rao',
          designations: ['\u202EPrincipal', 'Teacher', 'Counsellor'],
          experienceYears: 11,
        },
      }),
    ]);
    const card = cards(page)[0]!;
    const meta = card.querySelector('.meta')!;
    const plus = textBox(meta, '+');
    const two = textBox(meta, '2');
    expect(plus.right, '"+2" stays "+2"').to.be.at.most(two.left + 0.5);
    const years = card.querySelector('.experience')!;
    expect(textBox(years, '11').right).to.be.at.most(textBox(years, 'years').left + 0.5);
    // The slot reads date, then time range, left to right (or the range on the next line).
    const slot = card.querySelector('.slot')!;
    const year = textBox(slot, '2037');
    const range = slot.querySelector('.range')!.getBoundingClientRect();
    if (Math.abs(year.top - range.top) < 1) expect(year.right).to.be.at.most(range.left + 0.5);
    else expect(range.top).to.be.greaterThan(year.top);
    // The avatar's initials skip the invisible control.
    expect(card.querySelector('.initials')!.textContent).to.equal('AR');
  });

  it('Arabic at 320 px: the slot reads date then time range, right to left, and the range is one line', async () => {
    const { page } = await pageWith([session('s1')], { lang: 'ar', dir: 'rtl', width: 320 });
    const slot = cards(page)[0]!.querySelector('.slot')!;
    await waitUntil(() => slot.textContent!.includes('،'), 'Arabic loaded');
    const range = slot.querySelector('.range')!;
    const dateBox = textBox(slot, '2037');
    const rangeBox = range.getBoundingClientRect();
    if (Math.abs(dateBox.top - rangeBox.top) < 1) {
      expect(rangeBox.right, 'the range after the date: to its left').to.be.at.most(dateBox.left + 0.5);
    } else {
      expect(rangeBox.top, 'or on the next line').to.be.greaterThan(dateBox.top);
    }
    const lines = new Set(textRects(range, range.textContent!).map((r) => Math.round(r.top)));
    expect(lines.size, 'the time range does not break').to.equal(1);
  });

  it('an English message in an Arabic UI runs left to right (its "…" at its end); an Arabic one right to left', async () => {
    const long =
      'Hello, I would like to connect with you about lesson planning for mixed-ability groups. '.repeat(6);
    const { page } = await pageWith([], {
      lang: 'ar',
      dir: 'rtl',
      width: 360,
      tab: 'message',
      messages: [message('m1', { message: long }), message('m2', { message: 'مرحبًا، أودّ التواصل معك.' })],
    });
    const [english, arabic] = cards(page).map((card) => card.querySelector<HTMLElement>('.preview')!);
    expect(english!.matches(':dir(ltr)'), 'English preview: left to right').to.equal(true);
    expect(arabic!.matches(':dir(rtl)'), 'Arabic preview: right to left').to.equal(true);
    // The English text starts at the preview's left edge: its end, where the ellipsis goes, is on the right.
    expect(textBox(english!, 'Hello').left).to.be.closeTo(english!.getBoundingClientRect().left, 1);
    // Cut on a word with "…" (request-card.ts, preview), which sits after the last word, to its right.
    const shown = english!.textContent!.trim();
    expect(shown.endsWith('…'), 'cut with "…"').to.equal(true);
    const lastWord = shown.slice(0, -1).trimEnd().split(' ').pop()!;
    expect(textBox(english!, '…').left, '"…" right of the last word').to.be.at.least(
      textBox(english!, lastWord).right - 0.5,
    );
  });
});
