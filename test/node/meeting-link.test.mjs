// Runs the built module in plain Node (no DOM, no browser globals): the adapters use this
// validation server-side too. Build first: `npx tsc -p tsconfig.build.json`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MEETING_PLATFORMS,
  isSafeMeetingUrl,
  validateMeetingLink,
} from '../../dist/adapters/meeting-link.js';

test('runs without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  assert.deepEqual([...MEETING_PLATFORMS], ['google-meet', 'zoom', 'whatsapp']);
});

const cases = [
  // [description, input, expected result or errors]
  [
    'valid Meet link, trimmed and lower-cased',
    { platform: 'google-meet', url: ' HTTPS://MEET.GOOGLE.COM:443/abc-defg-hij ' },
    { ok: true, link: { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' } },
  ],
  [
    'valid Zoom link, meeting ID spaces stripped',
    {
      platform: 'zoom',
      url: 'https://us02web.zoom.us/j/12345678901?pwd=x',
      meetingId: '123 4567 8901',
      passcode: 'abc',
    },
    {
      ok: true,
      link: {
        platform: 'zoom',
        url: 'https://us02web.zoom.us/j/12345678901?pwd=x',
        meetingId: '12345678901',
        passcode: 'abc',
      },
    },
  ],
  [
    'valid WhatsApp link',
    { platform: 'whatsapp', url: 'https://call.whatsapp.com/video/AbC1' },
    { ok: true, link: { platform: 'whatsapp', url: 'https://call.whatsapp.com/video/AbC1' } },
  ],
  ['look-alike host', { platform: 'google-meet', url: 'https://meetXgoogle.com/abc' }, { url: 'wrongHost' }],
  [
    'Cyrillic homograph',
    { platform: 'zoom', url: 'https://z\u043e\u043em.us/j/123456789', meetingId: '123456789', passcode: 'a' },
    { url: 'wrongHost' },
  ],
  ['javascript: url', { platform: 'google-meet', url: 'javascript:alert(1)' }, { url: 'httpsOnly' }],
  [
    'user info',
    { platform: 'google-meet', url: 'https://meet.google.com@evil.example/' },
    { url: 'userInfo' },
  ],
  ['port 8443', { platform: 'whatsapp', url: 'https://call.whatsapp.com:8443/voice/a' }, { url: 'port' }],
  [
    'tab inside the url',
    { platform: 'google-meet', url: 'https://meet.goo\tgle.com/abc' },
    { url: 'invalidUrl' },
  ],
  [
    'zoom with bad id and passcode',
    { platform: 'zoom', url: 'https://zoom.us/j/123456789', meetingId: '12345678', passcode: 'abcdefghijk' },
    { meetingId: 'meetingIdFormat', passcode: 'passcodeFormat' },
  ],
  ['null input', null, { platform: 'required', url: 'required' }],
  ['number input', 42, { platform: 'required', url: 'required' }],
];

for (const [description, input, expected] of cases) {
  test(description, () => {
    const result = validateMeetingLink(input);
    assert.deepEqual(result, 'ok' in expected ? expected : { ok: false, errors: expected });
  });
}

test('isSafeMeetingUrl', () => {
  assert.equal(isSafeMeetingUrl('https://zoom.com.cn/j/123456789'), true);
  assert.equal(isSafeMeetingUrl('https://zoom.us.evil.example/j/1'), false);
  assert.equal(isSafeMeetingUrl(undefined), false);
});
