/**
 * <session-request-detail>: what the meeting link section says when there is no link of ours: a stored
 * link that fails the link rules (text, never an href), a meeting the platform hosts, or nothing.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { SessionRequest } from '../../src/model/request.js';
import { $, $$, button, session, text } from '../detail-helpers.js';
import { calls, given, memory } from './support.js';

const WARNING = 'This link is not https or is not a platform we support, so it cannot be opened from here.';
const REPLACE = 'Replace it with a Google Meet, Zoom or WhatsApp link.';
const ON_PLATFORM = 'The meeting runs on the platform: its room opens when the session starts.';
const NO_LINK = 'No meeting link yet.';

const accepted = (overrides: Partial<SessionRequest> = {}) =>
  session('s1', { status: 'accepted', sessionId: 'session-s1', ...overrides });

/** No element in the shadow root links anywhere. */
function expectNoHref(el: Element): void {
  expect($$(el, 'a'), 'links').to.deep.equal([]);
  expect($$(el, '[href]'), 'hrefs').to.deep.equal([]);
}

describe('<session-request-detail>', () => {
  describe('stored link and meeting host', () => {
    it('shows a stored http link as plain text with a warning, and offers to replace it', async () => {
      const el = await given(
        accepted({ storedLink: { text: 'http://zoom.us/j/81234567890', platformLabel: 'Zoom' } }),
      );
      expectNoHref(el);
      const section = $(el, '.link-section')!;
      const notice = section.querySelector('.notice.warning')!;
      expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${WARNING} ${REPLACE}`);
      expect(section.querySelector('.url')!.textContent).to.equal('Zoom: http://zoom.us/j/81234567890');
      expect(text(el)).not.to.contain(NO_LINK);
      await expect(el).to.be.accessible();

      // Edit link opens the form with the stored link, checked at once: it says what to change.
      button(el, 'Edit link')!.click();
      await waitUntil(() => $(el, 'form'));
      expect($(el, 'form')!.getAttribute('aria-label')).to.equal('Edit link');
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('zoom');
      expect($<HTMLInputElement>(el, 'input[name="url"]')!.value).to.equal('http://zoom.us/j/81234567890');
      expect($(el, '#link-url-error')!.textContent).to.equal('The link must start with https://.');
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'select'));
    });

    it('replacing a stored link saves a valid one, which then shows as a link', async () => {
      const adapter = memory();
      const request = accepted({ storedLink: { text: 'http://meet.example/x', platformLabel: 'Jitsi' } });
      adapter.add(request);
      const el = await given(request, adapter);
      expect($(el, '.url')!.textContent).to.equal('Jitsi: http://meet.example/x');
      button(el, 'Edit link')!.click();
      await waitUntil(() => $(el, 'form'));
      // An unknown platform pre-fills the default one.
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('google-meet');
      const input = $<HTMLInputElement>(el, 'input[name="url"]')!;
      input.value = 'https://meet.google.com/abc-defg-hij';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
      await waitUntil(() => $(el, 'a[part="link"]'));
      expect(calls(adapter, 'setMeetingLink')).to.have.length(1);
      expect($(el, '.notice.warning')).to.equal(null);
      expect($(el, 'a[part="link"]')!.getAttribute('href')).to.equal('https://meet.google.com/abc-defg-hij');
    });

    it('never makes an href of a stored link, whatever it holds; the mentee gets no replace hint', async () => {
      for (const storedLink of [
        { text: 'javascript:alert(1)', platformLabel: '' },
        { text: 'https://meet.jit.si/room', platformLabel: 'Jitsi <b>Meet</b>' },
      ]) {
        const el = await given(accepted({ storedLink }));
        expectNoHref(el);
        expect(text(el)).to.contain(WARNING).and.contain(storedLink.text);
        expect($(el, 'b')).to.equal(null);
      }
      const sent = await given(
        accepted({ direction: 'sent', storedLink: { text: 'http://zoom.us/j/1', platformLabel: 'Zoom' } }),
      );
      expectNoHref(sent);
      expect(text(sent)).to.contain(WARNING).and.contain('Zoom: http://zoom.us/j/1');
      expect(text(sent)).not.to.contain(REPLACE).and.not.contain('No meeting link yet');
      expect($(sent, '[part~="link-button"]')).to.equal(null);
    });

    it('a meeting the platform hosts says so, and the mentor can still add a link', async () => {
      const el = await given(accepted({ meetingHost: 'platform' }));
      expect(text(el)).to.contain(ON_PLATFORM).and.not.contain(NO_LINK);
      expect(button(el, 'Add link')).to.be.instanceOf(HTMLButtonElement);
      await expect(el).to.be.accessible();
      const sent = await given(accepted({ direction: 'sent', meetingHost: 'platform' }));
      expect(text(sent)).to.contain(ON_PLATFORM).and.not.contain(NO_LINK);
      expect($(sent, '[part~="link-button"]')).to.equal(null);
    });

    it('"No meeting link yet" only when there is none (meetingHost none or unknown)', async () => {
      for (const meetingHost of ['none', undefined] as const) {
        const el = await given(accepted(meetingHost ? { meetingHost } : {}));
        expect(text(el)).to.contain(NO_LINK).and.not.contain(ON_PLATFORM);
        expect(button(el, 'Add link')).to.be.instanceOf(HTMLButtonElement);
      }
    });
  });
});
