/**
 * Links over 2,048 characters are refused (issue 16, point 16): by the rules themselves, so the form,
 * the adapters and the render-time check of stored links all refuse them; a stored over-long link is
 * text, never an href.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  MAX_LINK_LENGTH,
  isSafeMeetingUrl,
  readMeetingUrl,
  validateMeetingLink,
} from '../src/adapters/meeting-link.js';
import { mapMeetingInfo } from '../src/adapters/mentored/map-rows.js';
import { RequestsError } from '../src/model/errors.js';
import { $, $$, button, session, text } from './detail-helpers.js';
import { calls, given, memory } from './session-request-detail/support.js';

/** A link of exactly `length` characters that passes every other rule of its platform. */
function longLink(base: string, length: number): string {
  return `${base}?x=${'a'.repeat(length - base.length - 3)}`;
}

const HUGE = 100_000;
const CASES = [
  { platform: 'google-meet', base: 'https://meet.google.com/abc-defg-hij', extra: {} },
  {
    platform: 'zoom',
    base: 'https://us02web.zoom.us/j/85123456789',
    extra: { meetingId: '85123456789', passcode: 'abc123' },
  },
  { platform: 'whatsapp', base: 'https://call.whatsapp.com/video/AbC123', extra: {} },
] as const;

describe('meeting link length cap', () => {
  it('refuses 100,000-character Meet, Zoom and WhatsApp links, and anything over 2,048', () => {
    expect(MAX_LINK_LENGTH).to.equal(2048);
    for (const { platform, base, extra } of CASES) {
      const at = (length: number) => validateMeetingLink({ platform, url: longLink(base, length), ...extra });
      expect(at(HUGE), `${platform} ${HUGE}`).to.deep.equal({ ok: false, errors: { url: 'tooLong' } });
      expect(at(2049), `${platform} 2049`).to.deep.equal({ ok: false, errors: { url: 'tooLong' } });
      expect(at(2048).ok, `${platform} 2048`).to.equal(true);
      expect(isSafeMeetingUrl(longLink(base, HUGE)), `${platform} safe`).to.equal(false);
      expect(isSafeMeetingUrl(longLink(base, 2048)), `${platform} safe 2048`).to.equal(true);
      expect(readMeetingUrl(longLink(base, HUGE))).to.deep.equal({});
    }
    // Surrounding spaces are not the link: they do not count.
    const padded = `   ${longLink(CASES[0].base, 2048)}   `;
    expect(validateMeetingLink({ platform: 'google-meet', url: padded }).ok).to.equal(true);
  });

  it('counts the normalized link that would be saved: percent-encoding cannot smuggle a longer one', () => {
    // 1,000 "é" are 1,040 characters typed but 6,040 once encoded (%C3%A9 each).
    const url = `https://meet.google.com/abc-defg-hij?x=${'é'.repeat(1000)}`;
    expect(url.length).to.be.below(MAX_LINK_LENGTH);
    expect(validateMeetingLink({ platform: 'google-meet', url })).to.deep.equal({
      ok: false,
      errors: { url: 'tooLong' },
    });
    expect(isSafeMeetingUrl(url)).to.equal(false);
  });

  it('the adapters refuse it before any call (MemoryAdapter)', async () => {
    const adapter = memory([session('s2', { status: 'accepted', sessionId: 'x' })]);
    const error = await adapter
      .setMeetingLink('s2', { platform: 'google-meet', url: longLink(CASES[0].base, HUGE) })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).to.be.instanceOf(RequestsError);
    expect((error as RequestsError).kind).to.equal('validation');
  });

  it('a stored over-long link from MentorEd is text (storedLink), never a meeting link', () => {
    for (const [value, { base, extra }] of [
      ['Gmeet', CASES[0]],
      ['Zoom', CASES[1]],
      ['Whatsapp', CASES[2]],
    ] as const) {
      const link = longLink(base, HUGE);
      const meta = 'meetingId' in extra ? { meetingId: extra.meetingId, password: extra.passcode } : {};
      const model = mapMeetingInfo({ platform: value, value, link, meta });
      expect(model.meetingLink, value).to.equal(undefined);
      expect(model.storedLink?.text, value).to.equal(link);
    }
  });

  it('the detail never makes an href of an over-long link, stored or given', async () => {
    for (const { platform, base, extra } of CASES) {
      const url = longLink(base, HUGE);
      const given1 = await given(
        session('s1', { status: 'accepted', sessionId: 'x', meetingLink: { platform, url, ...extra } }),
      );
      expect($$(given1, '[href]'), platform).to.deep.equal([]);
      expect(text(given1)).to.contain('not a recognised meeting link');
      const stored = await given(
        session('s1', {
          status: 'accepted',
          sessionId: 'x',
          storedLink: { text: url, platformLabel: platform },
        }),
      );
      expect($$(stored, '[href]'), platform).to.deep.equal([]);
      // Shown as text, cut: its first 100 characters and "…", in either case.
      for (const el of [given1, stored]) {
        const shown = $$(el, '.url').map((p) => p.textContent!.trim());
        expect(shown.length, platform).to.be.greaterThan(0);
        for (const line of shown) expect(line.length, platform).to.be.below(200);
      }
    }
  });

  it('the form says the link is too long and saves nothing', async () => {
    const adapter = memory();
    adapter.add(session('s1', { status: 'accepted', sessionId: 'x' }));
    const el = await given(session('s1', { status: 'accepted', sessionId: 'x' }), adapter);
    button(el, 'Add link')!.click();
    await waitUntil(() => $(el, 'form'));
    const input = $<HTMLInputElement>(el, 'input[name="url"]')!;
    input.value = longLink(CASES[0].base, HUGE);
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect($(el, '#link-url-error')!.textContent).to.equal(
      'This link is too long: at most 2,048 characters.',
    );
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await el.updateComplete;
    expect(calls(adapter, 'setMeetingLink')).to.have.length(0);
    expect($$(el, '[href]')).to.deep.equal([]);
  });
});
