/** <session-request-detail>: adding, editing and showing the meeting link of an accepted request. */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import { RequestsError } from '../../src/model/errors.js';
import { $, $$, button, flags, record, session, text } from '../detail-helpers.js';
import { calls, editForm, given, memory, openForm, zoomLink } from './support.js';

describe('<session-request-detail>', () => {
  describe('meeting link', () => {
    async function type(el: Element, name: string, value: string): Promise<void> {
      const input = $<HTMLInputElement>(el, `input[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      await (el as SessionRequestDetail).updateComplete;
    }

    async function choose(el: Element, platform: string): Promise<void> {
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.value = platform;
      select.dispatchEvent(new Event('change'));
      await (el as SessionRequestDetail).updateComplete;
    }

    const save = (el: Element) => $<HTMLButtonElement>(el, 'form button[type="submit"]')!;

    it('refuses an invalid Zoom link with errors next to the fields, then saves a valid one as a safe link', async () => {
      const adapter = memory();
      const el = await openForm(adapter);
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'select'));
      await choose(el, 'zoom');
      expect($$(el, 'form input').map((i) => i.getAttribute('name'))).to.deep.equal([
        'url',
        'meetingId',
        'passcode',
      ]);
      // Save is never disabled for an invalid link: it says what to fix (link-form-first-hour.test.ts).
      expect(save(el).disabled).to.equal(false);
      await type(el, 'url', 'https://zoom.us.evil.example/j/123');
      await type(el, 'meetingId', '12');
      const url = $<HTMLInputElement>(el, 'input[name="url"]')!;
      expect(url.getAttribute('aria-invalid')).to.equal('true');
      const described = $(el, `#${url.getAttribute('aria-describedby')}`)!;
      expect(described.getAttribute('role')).to.equal('alert');
      expect(described.textContent).to.equal('Enter a Zoom link.');
      expect($(el, '#link-meetingId-error')!.textContent).to.equal('Enter the 9 to 11 digit meeting ID.');
      await expect(el).to.be.accessible();

      await type(el, 'url', ' https://zoom.us/j/12345678901 ');
      await type(el, 'meetingId', '123 4567 8901');
      await type(el, 'passcode', 'abc123');
      expect(url.getAttribute('aria-invalid')).to.equal('false');
      expect(save(el).disabled).to.equal(false);
      const rec = record('session-link', 'session-linked');
      save(el).click();
      await waitUntil(() => $(el, 'a[part="link"]'));
      rec.stop();
      const link = {
        platform: 'zoom',
        url: 'https://zoom.us/j/12345678901',
        meetingId: '12345678901',
        passcode: 'abc123',
      };
      const [before, after] = rec.events;
      expect(flags(before!)).to.deep.equal({ bubbles: true, composed: true, cancelable: true });
      expect(before!.detail.link).to.deep.equal(link);
      expect(before!.detail.request.id).to.equal('s1');
      expect(flags(after!)).to.deep.equal({ bubbles: true, composed: true, cancelable: false });
      expect(after!.detail.link).to.deep.equal(link);
      expect(after!.detail.message).to.equal('Your session details have been updated.');
      expect(calls(adapter, 'setMeetingLink')).to.deep.equal([
        { method: 'setMeetingLink', args: ['s1', link] },
      ]);
      const a = $<HTMLAnchorElement>(el, 'a[part="link"]')!;
      expect(a.getAttribute('href')).to.equal('https://zoom.us/j/12345678901');
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.textContent).to.equal('Join on Zoom');
      expect($(el, '[role="status"]')!.textContent).to.equal('Meeting link saved.');
      expect(button(el, 'Edit link')).to.be.instanceOf(HTMLButtonElement);
    });

    it('Edit pre-fills the current link; Cancel closes the form', async () => {
      const link = zoomLink('12345678901');
      const el = await editForm(link);
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('zoom');
      expect($<HTMLInputElement>(el, 'input[name="url"]')!.value).to.equal(link.url);
      expect($<HTMLInputElement>(el, 'input[name="meetingId"]')!.value).to.equal('12345678901');
      expect($<HTMLInputElement>(el, 'input[name="passcode"]')!.value).to.equal('pw');
      expect(save(el).disabled).to.equal(false);
      button(el, 'Cancel')!.click();
      await waitUntil(() => !$(el, 'form'));
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Edit link');
    });

    it('never turns javascript: or http: links into an href', async () => {
      for (const url of [
        'javascript:alert(1)',
        'http://meet.google.com/abc-defg-hij',
        'https://meet.google.com.evil.example/x',
      ]) {
        const el = await given(
          session('s1', {
            status: 'accepted',
            sessionId: 'x',
            meetingLink: { platform: 'google-meet', url },
          }),
        );
        expect($(el, 'a')).to.equal(null);
        expect(text(el)).to.contain(url).and.contain('not a recognised meeting link');
      }
      const el = await openForm();
      await type(el, 'url', 'javascript:alert(1)');
      expect($(el, '#link-url-error')!.textContent).to.equal('The link must start with https://.');
      $(el, 'form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await el.updateComplete;
      expect($(el, 'a')).to.equal(null);
    });

    it('preventing session-link skips the adapter; adapter field errors show next to the fields', async () => {
      const adapter = memory();
      const el = await openForm(adapter);
      await type(el, 'url', 'https://meet.google.com/abc-defg-hij');
      el.addEventListener('session-link', (e) => e.preventDefault(), { once: true });
      save(el).click();
      await aTimeout(10);
      expect(calls(adapter, 'setMeetingLink')).to.have.length(0);
      adapter.failNext(
        'setMeetingLink',
        new RequestsError('validation', 'Invalid', {
          fieldErrors: { link: 'The server refused this link.' },
        }),
      );
      const got = oneEvent(el, 'request-error');
      save(el).click();
      expect((await got).detail.action).to.equal('link');
      await el.updateComplete;
      expect($(el, '#link-url-error')!.textContent).to.equal('The server refused this link.');
      expect($(el, 'input[name="url"]')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text(el)).to.contain('Some details are not valid.');
    });

    it('Google Meet and WhatsApp need only the link', async () => {
      const el = await openForm();
      await choose(el, 'whatsapp');
      expect($$(el, 'form input')).to.have.length(1);
      await type(el, 'url', 'https://call.whatsapp.com/video/abc123');
      expect(save(el).disabled).to.equal(false);
    });
  });
});
