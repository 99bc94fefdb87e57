/**
 * Issue 5, item 2: meeting-link validation. test/meeting-link.test.ts holds the foundation table (124
 * rows: Meet / Zoom / WhatsApp hosts and paths, schemes, user info, ports, IDNA, look-alikes, input
 * types). This file adds the categories it covers thinly, each row's verdict taken from "Our link rules"
 * in docs/mentored-api.md: more ports, upper case (host case-insensitive, path case-sensitive), surrounding
 * Unicode spaces, user-info tricks, Unicode look-alikes and IDNA mappings, IP hosts, and paths the URL
 * parser normalizes. Expected: 0 mismatches, and isSafeMeetingUrl agrees with every verdict.
 */
import { expect } from '@open-wc/testing';
import {
  isSafeMeetingUrl,
  validateMeetingLink,
  type MeetingLinkErrorKey,
} from '../../src/adapters/meeting-link.js';
import type { MeetingLink, MeetingPlatform } from '../../src/model/request.js';
import { figure } from './support/env.js';

/** [description, platform, url, expected: true = valid, else the url error key] */
type Row = [string, MeetingPlatform, string, true | MeetingLinkErrorKey];

const G: MeetingPlatform = 'google-meet';
const Z: MeetingPlatform = 'zoom';
const W: MeetingPlatform = 'whatsapp';

export const EXTRA_ROWS: Row[] = [
  // Ports: only the default (443, written or not) passes.
  ['port: :0443 is 443', G, 'https://meet.google.com:0443/abc-defg-hij', true],
  ['port: empty after the colon is the default', G, 'https://meet.google.com:/abc-defg-hij', true],
  ['port: 0', Z, 'https://zoom.us:0/j/123456789', 'port'],
  ['port: 65535', Z, 'https://zoom.us:65535/j/123456789', 'port'],
  ['port: 65536 does not parse', Z, 'https://zoom.us:65536/j/123456789', 'invalidUrl'],
  ['port: 80 on WhatsApp', W, 'https://call.whatsapp.com:80/voice/abc', 'port'],
  ['port: 444', G, 'https://meet.google.com:444/abc', 'port'],
  ['port: letters', G, 'https://meet.google.com:https/abc', 'invalidUrl'],
  // Upper case: the host is compared case-insensitively, the path is not.
  ['case: everything upper case but the Meet code', G, 'HTTPS://MEET.GOOGLE.COM/ABC-DEFG-HIJ', true],
  ['case: mixed-case zoom.com.cn host', Z, 'HTTPS://Zoom.Com.Cn/my/Jane.Doe', true],
  ['case: mixed-case WhatsApp host', W, 'https://Call.WhatsApp.Com/video/AbC', true],
  ['case: Zoom /J/ is not /j/', Z, 'https://zoom.us/J/123456789', 'wrongPath'],
  ['case: WhatsApp /VOICE/ is not /voice/', W, 'https://call.whatsapp.com/VOICE/abc', 'wrongPath'],
  // Surrounding spaces: trimmed (JS whitespace, Unicode spaces included); inner ones refused.
  ['space: trailing no-break space', G, 'https://meet.google.com/abc-defg-hij\u00a0', true],
  ['space: ideographic spaces around', G, '\u3000https://meet.google.com/abc-defg-hij\u3000', true],
  ['space: trailing CR LF', Z, 'https://zoom.us/j/123456789\r\n', true],
  ['space: trailing tab', W, 'https://call.whatsapp.com/voice/abc\t', true],
  ['space: BOM before', G, '\ufeffhttps://meet.google.com/abc', true],
  ['space: trailing zero-width space is not whitespace', G, 'https://meet.google.com/abc\u200b', 'wrongPath'],
  ['space: leading NUL is not trimmed', G, '\u0000https://meet.google.com/abc', 'invalidUrl'],
  // Chrome's URL maps it and parses: whatever host results, it is not the genuine one.
  ['space: no-break space inside the host', G, 'https://meet.google\u00a0.com/abc', 'wrongHost'],
  // User info in every disguise.
  ['userinfo: host:443 before @', G, 'https://meet.google.com:443@evil.example/abc', 'userInfo'],
  ['userinfo: right host behind user info', Z, 'https://zoom.us@zoom.us/j/123456789', 'userInfo'],
  ['userinfo: encoded @ in the user', G, 'https://user%40meet.google.com@evil.example/', 'userInfo'],
  ['userinfo: password only', W, 'https://:secret@call.whatsapp.com/voice/abc', 'userInfo'],
  ['userinfo: @ after # is a fragment', G, 'https://evil.example#@meet.google.com/abc', 'wrongHost'],
  ['userinfo: @ after ? is a query', G, 'https://evil.example?@meet.google.com/abc', 'wrongHost'],
  ['userinfo: %40 in the host does not parse', G, 'https://meet.google.com%40evil.example/abc', 'invalidUrl'],
  // An empty user info parses to nothing, and the normalized link drops the "@": safe.
  ['userinfo: empty ":@" is dropped', G, 'https://:@meet.google.com/abc', true],
  // Unicode look-alikes (compared as punycode) and IDNA mappings (that yield the genuine host).
  ['lookalike: Greek omicrons in zoom', Z, 'https://z\u03bf\u03bfm.us/j/123456789', 'wrongHost'],
  ['lookalike: Cyrillic a in whatsapp', W, 'https://call.wh\u0430tsapp.com/voice/abc', 'wrongHost'],
  ['lookalike: Cyrillic es in call', W, 'https://\u0441all.whatsapp.com/voice/abc', 'wrongHost'],
  ['lookalike: Cyrillic dze for the s of .us', Z, 'https://zoom.u\u0455/j/123456789', 'wrongHost'],
  ['lookalike: Armenian o in google', G, 'https://meet.g\u0585ogle.com/abc', 'wrongHost'],
  ['lookalike: Latin small letter dotless j', Z, 'https://zoom.us/\u0237/123456789', 'wrongPath'],
  [
    'lookalike: punycode subdomain under a good name',
    G,
    'https://meet.google.com.xn--80ak6aa92e.com/abc',
    'wrongHost',
  ],
  ['idna: full-width dots map to the genuine host', G, 'https://meet\uff0egoogle\uff0ecom/abc', true],
  ['idna: ideographic full stops map to the genuine host', G, 'https://meet\u3002google\u3002com/abc', true],
  [
    'idna: mathematical bold letters map to zoom.us',
    Z,
    'https://\u{1d433}\u{1d428}\u{1d428}\u{1d426}.us/j/123456789',
    true,
  ],
  ['idna: a soft hyphen in the host is removed', G, 'https://meet.goo\u00adgle.com/abc', true],
  [
    'idna: right-to-left override in the host does not parse',
    G,
    'https://meet.\u202egoogle.com/abc',
    'invalidUrl',
  ],
  [
    'idna: full-width scheme does not parse',
    G,
    '\uff48\uff54\uff54\uff50\uff53://meet.google.com/abc',
    'invalidUrl',
  ],
  // IP hosts: never an allowed host.
  ['ip: IPv6 loopback', G, 'https://[::1]/abc', 'wrongHost'],
  ['ip: decimal IPv4', Z, 'https://2130706433/j/123456789', 'wrongHost'],
  ['ip: hexadecimal IPv4', W, 'https://0x7f.1/voice/abc', 'wrongHost'],
  // Paths the parser normalizes, and odd path characters.
  ['path: dot segments collapse to a valid code', G, 'https://meet.google.com/x/../abc-defg-hij', true],
  ['path: dot segments turn /j/ into /my/', Z, 'https://zoom.us/j/../my/jane', true],
  ['path: encoded space in the Zoom id', Z, 'https://zoom.us/j/123%20456789', 'wrongPath'],
  ['path: right-to-left override in the code', G, 'https://meet.google.com/abc\u202edef', 'wrongPath'],
  ['path: matrix parameter', G, 'https://meet.google.com/abc;jsessionid=1', 'wrongPath'],
  ['path: percent-encoded letter', G, 'https://meet.google.com/%61bc', 'wrongPath'],
  ['path: WhatsApp extra segment', W, 'https://call.whatsapp.com/video/abc/def', 'wrongPath'],
  ['path: WhatsApp trailing slash', W, 'https://call.whatsapp.com/video/abc/', true],
  // Schemes the URL parser reads as https://host (special scheme): the normalized link is genuine.
  ['scheme: https: without slashes', G, 'https:meet.google.com/abc', true],
  ['scheme: https:/ with one slash', G, 'https:/meet.google.com/abc', true],
  ['scheme: https:/// with three slashes', Z, 'https:///zoom.us/j/123456789', true],
  ['scheme: javascript: padded with spaces', G, '  javascript:alert(1)  ', 'httpsOnly'],
  ['scheme: http with an allowed host and :443', G, 'http://meet.google.com:443/abc', 'httpsOnly'],
];

const ZOOM_FIELDS = { meetingId: '123456789', passcode: 'abc123' };
/** Rows of the table in test/meeting-link.test.ts (googleMeet + zoom + whatsapp + platformAndInput). */
const FOUNDATION_ROWS = 124;

describe('reliability 2: meeting links, extra categories', () => {
  let mismatches = 0;
  after(() => {
    figure('2 meeting links', 'extra rows (this file)', EXTRA_ROWS.length);
    figure('2 meeting links', 'foundation rows (test/meeting-link.test.ts)', FOUNDATION_ROWS);
    figure('2 meeting links', 'total rows', EXTRA_ROWS.length + FOUNDATION_ROWS);
    figure('2 meeting links', 'mismatches', mismatches);
  });

  for (const [description, platform, url, expected] of EXTRA_ROWS) {
    it(description, () => {
      const input: Partial<MeetingLink> = { platform, url, ...(platform === 'zoom' ? ZOOM_FIELDS : {}) };
      const result = validateMeetingLink(input);
      const verdict = result.ok ? true : result.errors.url;
      if (verdict !== expected) mismatches++;
      expect(verdict, JSON.stringify(result)).to.equal(expected);
      if (result.ok) {
        // The normalized link is plain ASCII https with the genuine host, no credentials, no port.
        const parsed = new URL(result.link.url);
        expect(parsed.protocol).to.equal('https:');
        expect(parsed.username + parsed.password + parsed.port).to.equal('');
        expect(result.link.url).to.match(/^https:\/\/[a-z0-9.-]+\/[\x21-\x7e]*$/);
        expect(isSafeMeetingUrl(url)).to.equal(true);
      } else if (['invalidUrl', 'httpsOnly', 'userInfo', 'port'].includes(expected as string)) {
        expect(isSafeMeetingUrl(url)).to.equal(false);
      }
    });
  }

  it('covers every category with at least 3 rows', () => {
    const counts = new Map<string, number>();
    for (const [description] of EXTRA_ROWS) {
      const category = description.split(':')[0]!;
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    for (const category of ['port', 'case', 'space', 'userinfo', 'lookalike', 'idna', 'ip', 'path', 'scheme'])
      expect(counts.get(category) ?? 0, category).to.be.at.least(3);
  });
});
