/**
 * The reject confirmation of a session request offers reasons to pick from: localized defaults, or the
 * host's `rejectReasons` (on the detail, or on <requests-page>, which its detail reads). Picking one fills
 * the reason field, which stays editable; the events and the adapter call carry the final text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { RequestRejectEvent, RequestRejectedEvent } from '../../src/events.js';
import { $, TZ, record, session } from '../detail-helpers.js';
import { loadLocale } from '../a11y/variants.js';
import { cards, detailOf } from '../support/page-helpers.js';
import { calls, given, memory, withCapabilities } from '../session-request-detail/support.js';
import {
  MENTORED_LIMITS,
  chip,
  chipTexts,
  chips,
  cancelButton,
  confirmButton,
  counter,
  field,
  openReject,
  settled,
  typeReason,
} from './support.js';

const DEFAULTS = {
  en: [
    "I'm not available at this time.",
    'This topic is outside my expertise.',
    'I have too many sessions this week.',
  ],
  hi: ['मैं इस समय उपलब्ध नहीं हूँ।', 'यह विषय मेरी विशेषज्ञता से बाहर है।', 'इस सप्ताह मेरे बहुत सारे सत्र हैं।'],
  ar: ['لست متاحًا في هذا الوقت.', 'هذا الموضوع خارج نطاق خبرتي.', 'لديّ جلسات كثيرة هذا الأسبوع.'],
};
const LABELS = { en: 'Pick a reason', hi: 'एक कारण चुनें', ar: 'اختر سببًا' };
const HOST_LIST = ['Please ask again next month.', 'Try my colleague Ravi for this.'];

/** A session detail inside `lang`, holding request s1. */
async function detailIn(lang: string): Promise<SessionRequestDetail> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <session-request-detail .adapter=${memory()} request-id="s1" time-zone=${TZ}></session-request-detail>
    </div>`,
  );
  const el = wrapper.querySelector('session-request-detail') as SessionRequestDetail;
  await waitUntil(() => $(el, '[part~="reject-button"]'), 'not loaded');
  return el;
}

/** The reasons' group: its accessible name (the label it points to) and its reasons. */
function group(el: SessionRequestDetail): { label: string; reasons: string[] } {
  const box = $(el, '[part~="dialog-reasons"]')!;
  expect(box.getAttribute('role')).to.equal('group');
  const label = el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!.textContent!.trim();
  return { label, reasons: chipTexts(el) };
}

describe('reject reasons: what is offered', () => {
  before(async () => {
    expect(await loadLocale('hi')).to.equal(true);
    expect(await loadLocale('ar')).to.equal(true);
  });

  for (const lang of ['en', 'hi', 'ar'] as const) {
    it(`offers the localized defaults (${lang}), as toggle buttons in a labelled group`, async () => {
      const el = await detailIn(lang);
      await openReject(el);
      expect(group(el)).to.deep.equal({ label: LABELS[lang], reasons: DEFAULTS[lang] });
      for (const c of chips(el)) {
        expect(c.localName).to.equal('button');
        expect(c.getAttribute('aria-pressed')).to.equal('false');
      }
    });
  }

  it("a detail's own list replaces them, set before or after it connects (and changed while open)", async () => {
    const before = document.createElement('session-request-detail') as SessionRequestDetail;
    before.rejectReasons = HOST_LIST;
    before.adapter = memory();
    before.request = session('s1');
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.append(before);
    await before.updateComplete;
    await openReject(before);
    expect(chipTexts(before)).to.deep.equal(HOST_LIST);

    const after = await given(session('s1'));
    after.rejectReasons = ['Only on weekdays, sorry.'];
    const dialog = await openReject(after);
    expect(chipTexts(after)).to.deep.equal(['Only on weekdays, sorry.']);
    // A property, never an attribute.
    expect(after.hasAttribute('reject-reasons') || after.hasAttribute('rejectreasons')).to.equal(false);
    after.rejectReasons = HOST_LIST;
    await settled(after, dialog);
    expect(chipTexts(after)).to.deep.equal(HOST_LIST);
  });

  it("<requests-page>'s list reaches its session detail, set before or after the page connects", async () => {
    for (const when of ['before', 'after'] as const) {
      const adapter = memory();
      let page: RequestsPage;
      if (when === 'before') {
        page = document.createElement('requests-page') as RequestsPage;
        page.rejectReasons = HOST_LIST;
        page.adapter = adapter;
        page.setAttribute('time-zone', TZ);
        (await fixture<HTMLElement>(html`<div></div>`)).append(page);
      } else {
        page = await fixture<RequestsPage>(
          html`<requests-page .adapter=${adapter} time-zone=${TZ}></requests-page>`,
        );
        page.rejectReasons = HOST_LIST;
      }
      await waitUntil(() => cards(page).length === 1, 'the list did not load');
      cards(page)[0]!.querySelector('button')!.click();
      await waitUntil(() => detailOf(page) && $(detailOf(page)!, '[part~="reject-button"]'), 'no detail');
      const detail = detailOf(page)! as SessionRequestDetail;
      await openReject(detail);
      expect(chipTexts(detail), when).to.deep.equal(HOST_LIST);
      // Not copied onto the detail: the page's list is read when the confirmation opens.
      expect(detail.rejectReasons, when).to.equal(undefined);
      // A property only: the page has no such attribute.
      expect(
        page.getAttributeNames().some((name) => name.includes('reason')),
        when,
      ).to.equal(false);
    }
  });

  it('a host styles the reasons and the proposal through parts, on the detail and through the page', async () => {
    const style = document.createElement('style');
    style.textContent = `requests-page::part(dialog-reason), session-request-detail::part(dialog-preview) {
      letter-spacing: 3px; }`;
    document.head.append(style);
    try {
      const page = await fixture<RequestsPage>(html`<requests-page .adapter=${memory()}></requests-page>`);
      await waitUntil(() => cards(page).length === 1, 'the list did not load');
      cards(page)[0]!.querySelector('button')!.click();
      await waitUntil(() => detailOf(page) && $(detailOf(page)!, '[part~="reject-button"]'), 'no detail');
      await openReject(detailOf(page)!);
      expect(getComputedStyle(chips(detailOf(page)!)[0]!).letterSpacing).to.equal('3px');
      const el = await given(session('s1'));
      await openReject(el);
      expect(getComputedStyle($(el, '[part~="dialog-preview"]')!).letterSpacing).to.equal('3px');
    } finally {
      style.remove();
    }
  });

  it('[] offers none; not an array keeps the defaults; blanks, repeats and reasons past the limits are dropped', async () => {
    const none = await given(session('s1'));
    none.rejectReasons = [];
    await openReject(none);
    expect($(none, '[part~="dialog-reasons"]')).to.equal(null);
    // The proposal is still there.
    expect($(none, '[part~="dialog-propose-button"]')).not.to.equal(null);

    const bad = await given(session('s1'));
    bad.rejectReasons = 'Busy, Away' as unknown as string[];
    await openReject(bad);
    expect(chipTexts(bad)).to.deep.equal(DEFAULTS.en);

    const mixed = await given(session('s1'), withCapabilities(memory(), MENTORED_LIMITS));
    const tooLong = 'x'.repeat(256);
    const tooManyWords = Array(51).fill('no').join(' ');
    mixed.rejectReasons = [
      '  Away  ',
      '',
      'Away',
      42,
      null,
      tooLong,
      tooManyWords,
      'x'.repeat(255),
    ] as unknown as string[];
    await openReject(mixed);
    expect(chipTexts(mixed)).to.deep.equal(['Away', 'x'.repeat(255)]);
  });
});

describe('reject reasons: picking one', () => {
  it('fills the field, stays editable, and the events and the adapter call carry the edited text', async () => {
    const adapter = withCapabilities(memory(), MENTORED_LIMITS);
    const el = await given(session('s1'), adapter);
    const rec = record('request-reject', 'request-rejected');
    const dialog = await openReject(el);

    chip(el, 'This topic is outside my expertise.').click();
    await settled(el, dialog);
    expect(field(dialog).value).to.equal('This topic is outside my expertise.');
    expect(chip(el, 'This topic is outside my expertise.').getAttribute('aria-pressed')).to.equal('true');
    // The counter counts it at once.
    expect(counter(dialog)).to.equal('6 of 50 words · 35 of 255 characters');

    // Another reason replaces the first; what the user types after it stays.
    await typeReason(dialog, `${field(dialog).value} Ravi knows it well.`);
    chip(el, "I'm not available at this time.").click();
    await settled(el, dialog);
    expect(field(dialog).value).to.equal("I'm not available at this time. Ravi knows it well.");
    expect(chips(el).map((c) => c.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);

    // Edited: the reason is the user's text, and the reason no longer reads as picked.
    await typeReason(dialog, 'Not available that day. Ravi knows it well.');
    await settled(el, dialog);
    expect(chips(el).every((c) => c.getAttribute('aria-pressed') === 'false')).to.equal(true);

    confirmButton(dialog).click();
    await waitUntil(() => rec.events.length === 2, 'no request-rejected');
    rec.stop();
    const [reject, rejected] = rec.events as [RequestRejectEvent, RequestRejectedEvent];
    expect(reject.detail.reason).to.equal('Not available that day. Ravi knows it well.');
    expect(rejected.detail.reason).to.equal('Not available that day. Ravi knows it well.');
    expect(calls(adapter, 'rejectSessionRequest')).to.deep.equal([
      { method: 'rejectSessionRequest', args: ['s1', 'Not available that day. Ravi knows it well.'] },
    ]);
  });

  it('picking the picked reason again takes it out; the reason stays optional', async () => {
    const adapter = memory();
    const el = await given(session('s1'), adapter);
    const dialog = await openReject(el);
    const away = chip(el, 'I have too many sessions this week.');
    away.click();
    await settled(el, dialog);
    away.click();
    await settled(el, dialog);
    expect(field(dialog).value).to.equal('');
    expect(away.getAttribute('aria-pressed')).to.equal('false');
    confirmButton(dialog).click();
    await waitUntil(() => calls(adapter, 'rejectSessionRequest').length === 1);
    expect(calls(adapter, 'rejectSessionRequest')[0]!.args).to.deep.equal(['s1', undefined]);
  });

  it('each opening starts afresh: nothing picked, no proposal open', async () => {
    const el = await given(session('s1'));
    const dialog = await openReject(el);
    chip(el, 'I have too many sessions this week.').click();
    $<HTMLButtonElement>(el, '[part~="dialog-propose-button"]')!.click();
    await settled(el, dialog);
    cancelButton(dialog).click();
    await waitUntil(() => !dialog.open);
    await openReject(el);
    expect(field(dialog).value).to.equal('');
    expect(chips(el).every((c) => c.getAttribute('aria-pressed') === 'false')).to.equal(true);
    expect($(el, '[part~="dialog-propose-button"]')!.getAttribute('aria-expanded')).to.equal('false');
  });
});
