/**
 * <session-request-detail>: "Add to calendar" on an accepted session: the disclosure and its keyboard, the
 * cancelable `calendar-add`, the `.ics` download (a `blob:` URL on the library's own anchor), the Google and
 * Outlook links, axe, 320 px, right to left, dark, en / hi / ar.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { SessionRequest } from '../../src/model/request.js';
import { expectAccessible, loadLocale, themed, type Variant } from '../a11y/helpers.js';
import { parseIcs } from '../calendar/support.js';
import { $, TZ, flags, loaded, record, session } from '../detail-helpers.js';
import { detailOf } from '../support/page-helpers.js';
import {
  calendarToggle,
  catchDownloads,
  guardNavigation,
  openCalendar,
  options,
} from './calendar-support.js';
import { given, memory } from './support.js';

const LINK = 'https://meet.google.com/abc-defg-hij';
const accepted = (overrides: Partial<SessionRequest> = {}) =>
  session('s1', {
    status: 'accepted',
    sessionId: 'x',
    meetingLink: { platform: 'google-meet', url: LINK },
    ...overrides,
  });
const active = (el: Element) => el.shadowRoot!.activeElement;

describe('<session-request-detail>: Add to calendar', () => {
  it('shows on an accepted session only, closed, with three options once opened', async () => {
    const pending = await given(session('s1'));
    await loaded(pending);
    await aTimeout(50);
    expect($(pending, '#calendar-toggle')).to.equal(null);

    // A session the viewer asked for, once accepted, is in their calendar too.
    await calendarToggle(await given(accepted({ direction: 'sent' })));
    const el = await given(accepted());
    const toggle = await calendarToggle(el);
    expect(toggle.textContent!.trim()).to.equal('Add to calendar');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const list = $(el, `#${toggle.getAttribute('aria-controls')}`)!;
    expect(list.hidden).to.equal(true);
    const [ics, google, outlook] = await openCalendar(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(list.hidden).to.equal(false);
    expect([ics, google, outlook].map((o) => o.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Download calendar file (.ics)',
      'Google Calendar (opens in a new tab)',
      'Outlook.com (opens in a new tab)',
    ]);
    expect(ics.localName).to.equal('button');
    for (const link of [google, outlook]) {
      expect(link.target).to.equal('_blank');
      expect(link.relList.contains('noopener')).to.equal(true);
    }
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(list.hidden).to.equal(true);
  });

  it('keyboard: Enter opens, Tab walks the options, Escape closes and puts focus back (the page never sees it)', async () => {
    const el = await given(accepted());
    const toggle = await calendarToggle(el);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const [ics, google, outlook] = options(el);
    for (const option of [ics, google, outlook]) {
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(option);
    }
    const escapes = record('keydown');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => active(el) === toggle, 'focus did not return to the button');
    escapes.stop();
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(escapes.events.filter((e) => (e as unknown as KeyboardEvent).key === 'Escape')).to.have.length(0);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    // Escape with the options closed is not the menu's: it goes on to the page.
    toggle.click();
    await el.updateComplete;
    const later = record('keydown');
    await sendKeys({ press: 'Escape' });
    later.stop();
    expect(later.events).to.have.length(1);
  });

  it('Download: calendar-add, then the .ics through a blob: URL on its own anchor, revoked afterwards', async () => {
    const el = await given(accepted());
    const [ics] = await openCalendar(el);
    const rec = record('calendar-add');
    const caught = catchDownloads();
    try {
      ics.click();
      rec.stop();
      expect(rec.events).to.have.length(1);
      const [event] = rec.events;
      expect(flags(event!)).to.deep.equal({ bubbles: true, composed: true, cancelable: true });
      expect(event!.detail).to.deep.equal({ request: el.request, target: 'ics' });
      expect(caught.downloads).to.have.length(1);
      const [file] = caught.downloads;
      expect(file!.href.startsWith('blob:')).to.equal(true);
      expect(file!.download).to.equal('Lesson planning with low resources.ics');
      const { event: vevent } = parseIcs(await file!.bytes);
      expect(vevent.summary).to.equal('Lesson planning with low resources');
      expect(vevent.location).to.equal(LINK);
      expect(vevent.description).to.contain('Session with Asha Rao').and.contain(LINK);
      await waitUntil(() => caught.revoked.includes(file!.href), 'the blob: URL was not revoked', {
        timeout: 3000,
      });
    } finally {
      caught.restore();
    }
  });

  it('calendar-add preventDefault(): no download, no navigation; otherwise the links go to their services', async () => {
    const el = await given(accepted());
    const [ics, google, outlook] = await openCalendar(el);
    const caught = catchDownloads();
    const nav = guardNavigation();
    const rec = record('calendar-add');
    const cancel = (e: Event) => e.preventDefault();
    try {
      el.addEventListener('calendar-add', cancel);
      ics.click();
      google.click();
      outlook.click();
      expect(caught.downloads).to.have.length(0);
      expect(nav.clicks.map((c) => c.prevented)).to.deep.equal([true, true]);
      el.removeEventListener('calendar-add', cancel);
      google.click();
      outlook.click();
      expect(nav.clicks.slice(2).map((c) => [new URL(c.href).host, c.prevented])).to.deep.equal([
        ['calendar.google.com', false],
        ['outlook.live.com', false],
      ]);
      // A middle click opens a link in a new tab too: it asks first; a right click (the browser's menu) does not.
      el.addEventListener('calendar-add', cancel, { once: true });
      const middle = new MouseEvent('auxclick', {
        button: 1,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      google.dispatchEvent(middle);
      expect(middle.defaultPrevented).to.equal(true);
      const right = new MouseEvent('auxclick', {
        button: 2,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      google.dispatchEvent(right);
      expect(right.defaultPrevented).to.equal(false);
      expect(rec.events.map((e) => e.detail.target)).to.deep.equal([
        'ics',
        'google',
        'outlook',
        'google',
        'outlook',
        'google',
      ]);
      expect(rec.events.every((e) => e.detail.request === el.request)).to.equal(true);
    } finally {
      rec.stop();
      nav.stop();
      caught.restore();
    }
  });

  it('the Google and Outlook links decode back to the request', async () => {
    const el = await given(accepted());
    const [, google, outlook] = await openCalendar(el);
    const request = el.request!;
    const description = `${request.agenda}\n\nSession with Asha Rao\nMeeting link: ${LINK}`;
    const g = new URL(google.href).searchParams;
    expect([g.get('text'), g.get('details'), g.get('location')]).to.deep.equal([
      request.title,
      description,
      LINK,
    ]);
    expect(g.get('dates')).to.equal('20371204T103000Z/20371204T113000Z');
    const o = new URL(outlook.href).searchParams;
    expect([o.get('subject'), o.get('body'), o.get('location')]).to.deep.equal([
      request.title,
      description,
      LINK,
    ]);
    expect([o.get('startdt'), o.get('enddt')].map((d) => new Date(d!).getTime())).to.deep.equal([
      request.start.getTime(),
      request.end.getTime(),
    ]);
  });

  it('inside <requests-page>: calendar-add reaches the page; its parts are requests-page::part(detail-calendar-*)', async () => {
    const adapter = memory();
    adapter.add(accepted());
    const style = document.createElement('style');
    style.textContent = `requests-page::part(detail-calendar-button) { color: rgb(1, 2, 3); }
      requests-page::part(detail-calendar-options) { border-color: rgb(4, 5, 6); }
      requests-page::part(detail-calendar-option) { color: rgb(7, 8, 9); }`;
    document.head.append(style);
    try {
      const page = await fixture<RequestsPage>(
        html`<requests-page .adapter=${adapter} status="accepted" open-id="s1"></requests-page>`,
      );
      await waitUntil(() => detailOf(page), 'no detail');
      const detail = detailOf(page)! as unknown as SessionRequestDetail;
      const [ics] = await openCalendar(detail);
      const toggle = await calendarToggle(detail);
      expect(getComputedStyle(toggle).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(detail, '[part="calendar-options"]')!).borderTopColor).to.equal(
        'rgb(4, 5, 6)',
      );
      expect(getComputedStyle(ics).color).to.equal('rgb(7, 8, 9)');
      const heard = oneEvent(page, 'calendar-add');
      page.addEventListener('calendar-add', (e) => e.preventDefault(), { once: true });
      ics.click();
      const event = await heard;
      expect(event.detail.target).to.equal('ics');
      expect(event.detail.request.id).to.equal('s1');
    } finally {
      style.remove();
    }
  });

  describe('languages, 320 px, right to left, dark', () => {
    before(async () => {
      expect(await loadLocale('hi')).to.equal(true);
      expect(await loadLocale('ar')).to.equal(true);
    });

    const WORDS = {
      hi: ['कैलेंडर में जोड़ें', 'आशा राव के साथ सत्र'],
      ar: ['إضافة إلى التقويم', 'جلسة مع \u2068آشا راو\u2069'],
    } as const;

    for (const v of [
      { lang: 'hi', scheme: 'light', dir: 'ltr' },
      { lang: 'ar', scheme: 'dark', dir: 'rtl' },
    ] as Variant[]) {
      it(`${v.lang}, ${v.scheme}, ${v.dir} at 320 px: its words, in the file too; fits; accessible`, async () => {
        const name = v.lang === 'hi' ? 'आशा राव' : 'آشا راو';
        const request = accepted({ person: { id: 'p', name, designations: [] } });
        const { wrapper, el } = await themed<SessionRequestDetail>(html320(request, memory()), v);
        const [toggleWord, withWord] = WORDS[v.lang as 'hi' | 'ar'];
        const toggle = await calendarToggle(el);
        expect(toggle.textContent!.trim()).to.equal(toggleWord);
        const [ics, google] = await openCalendar(el);
        await expectAccessible(wrapper);
        // Nothing wider than the 320 px view; the options start at the inline start (the right in Arabic).
        const box = $(el, '.calendar')!;
        expect(box.scrollWidth).to.be.at.most(box.clientWidth);
        const start = (r: DOMRect) => (v.dir === 'rtl' ? r.right : r.left);
        expect(
          Math.abs(start(toggle.getBoundingClientRect()) - start(box.getBoundingClientRect())),
        ).to.be.below(1);
        expect(new URL(google.href).searchParams.get('details')).to.contain(withWord);
        const caught = catchDownloads();
        try {
          ics.click();
          const { event } = parseIcs(await caught.downloads[0]!.bytes);
          expect(event.description).to.contain(withWord);
        } finally {
          caught.restore();
        }
      });
    }
  });
});

/** The detail in a 320 px column (a phone), given `request`. */
function html320(request: SessionRequest, adapter: MemoryAdapter) {
  return html`<session-request-detail
    style="inline-size: 320px"
    .adapter=${adapter}
    .request=${request}
    time-zone=${TZ}
  ></session-request-detail>`;
}
