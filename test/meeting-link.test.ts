import { expect } from '@open-wc/testing';
import {
  MEETING_PLATFORMS,
  isSafeMeetingUrl,
  validateMeetingLink,
  type MeetingLinkErrorKey,
  type MeetingLinkField,
} from '../src/adapters/meeting-link.js';
import type { MeetingLink } from '../src/model/request.js';

type Errors = Partial<Record<MeetingLinkField, MeetingLinkErrorKey>>;
/** [description, input, expectedOk, expected errors (exactly these fields and keys)] */
type Row = [string, unknown, boolean, Errors?];

const gm = (url: unknown): unknown => ({ platform: 'google-meet', url });
const zm = (url: unknown, meetingId: unknown = '123456789', passcode: unknown = 'abc123'): unknown => ({
  platform: 'zoom',
  url,
  meetingId,
  passcode,
});
const wa = (url: unknown): unknown => ({ platform: 'whatsapp', url });

const MEET = 'https://meet.google.com/abc-defg-hij';
const ZOOM = 'https://zoom.us/j/123456789';
const WA = 'https://call.whatsapp.com/voice/AbC123';
// Written as escapes so that the look-alike letters are unmistakable in review.
const CYRILLIC_O = '\u043e';
const CYRILLIC_E = '\u0435';

const googleMeet: Row[] = [
  ['meet: plain link', gm(MEET), true],
  ['meet: with query string', gm(`${MEET}?authuser=0`), true],
  ['meet: upper-case scheme and host', gm('HTTPS://MEET.GOOGLE.COM/abc-defg-hij'), true],
  ['meet: leading and trailing spaces', gm(`  ${MEET}  `), true],
  ['meet: explicit :443', gm('https://meet.google.com:443/abc-defg-hij'), true],
  ['meet: trailing slash', gm(`${MEET}/`), true],
  ['meet: fragment', gm(`${MEET}#join`), true],
  ['meet: two-segment path (lookup)', gm('https://meet.google.com/lookup/team-standup'), true],
  ['meet: full-width letter maps (IDNA) to the genuine host', gm('https://\uff4deet.google.com/abc'), true],
  [
    'meet: look-alike suffix host',
    gm('https://meet.google.com.evil.example/abc'),
    false,
    { url: 'wrongHost' },
  ],
  [
    'meet: unescaped-dot look-alike meetXgoogle.com',
    gm('https://meetXgoogle.com/abc'),
    false,
    { url: 'wrongHost' },
  ],
  [
    'meet: Cyrillic o homograph',
    gm(`https://meet.g${CYRILLIC_O}${CYRILLIC_O}gle.com/abc`),
    false,
    { url: 'wrongHost' },
  ],
  ['meet: Cyrillic e homograph', gm(`https://m${CYRILLIC_E}et.google.com/abc`), false, { url: 'wrongHost' }],
  [
    'meet: punycode host given directly',
    gm('https://meet.xn--ggle-55da.com/abc'),
    false,
    { url: 'wrongHost' },
  ],
  ['meet: subdomain of meet.google.com', gm('https://x.meet.google.com/abc'), false, { url: 'wrongHost' }],
  ['meet: google.com alone', gm('https://google.com/abc'), false, { url: 'wrongHost' }],
  ['meet: trailing-dot host', gm('https://meet.google.com./abc'), false, { url: 'wrongHost' }],
  ['meet: IP address host', gm('https://142.250.1.1/abc'), false, { url: 'wrongHost' }],
  [
    'meet: host as user info before @',
    gm('https://meet.google.com@evil.example/'),
    false,
    { url: 'userInfo' },
  ],
  ['meet: user and password', gm('https://user:pw@meet.google.com/abc'), false, { url: 'userInfo' }],
  [
    'meet: encoded slash in user info',
    gm('https://meet.google.com%2F@evil.example/'),
    false,
    { url: 'userInfo' },
  ],
  [
    'meet: backslash before @',
    gm('https://evil.example\\@meet.google.com/abc'),
    false,
    { url: 'invalidUrl' },
  ],
  ['meet: backslashes as slashes', gm('https:\\\\meet.google.com\\abc'), false, { url: 'invalidUrl' }],
  ['meet: tab inside the host', gm('https://meet.goo\tgle.com/abc'), false, { url: 'invalidUrl' }],
  ['meet: newline inside the host', gm('https://meet.\ngoogle.com/abc'), false, { url: 'invalidUrl' }],
  ['meet: space inside the path', gm('https://meet.google.com/abc defg'), false, { url: 'invalidUrl' }],
  ['meet: NUL character', gm('https://meet.google.com/abc\u0000'), false, { url: 'invalidUrl' }],
  ['meet: port 8443', gm('https://meet.google.com:8443/abc'), false, { url: 'port' }],
  ['meet: port 80', gm('https://meet.google.com:80/abc'), false, { url: 'port' }],
  ['meet: http', gm('http://meet.google.com/abc-defg-hij'), false, { url: 'httpsOnly' }],
  ['meet: javascript:', gm('javascript:alert(1)'), false, { url: 'httpsOnly' }],
  ['meet: mixed-case JavaScript:', gm('JaVaScRiPt:alert(document.cookie)'), false, { url: 'httpsOnly' }],
  ['meet: data:', gm('data:text/html,<script>alert(1)</script>'), false, { url: 'httpsOnly' }],
  ['meet: vbscript:', gm('vbscript:msgbox(1)'), false, { url: 'httpsOnly' }],
  ['meet: ftp:', gm('ftp://meet.google.com/abc'), false, { url: 'httpsOnly' }],
  ['meet: file:', gm('file:///etc/passwd'), false, { url: 'httpsOnly' }],
  ['meet: blob:', gm('blob:https://meet.google.com/abc'), false, { url: 'httpsOnly' }],
  ['meet: wss:', gm('wss://meet.google.com/abc'), false, { url: 'httpsOnly' }],
  ['meet: protocol-relative', gm('//meet.google.com/x'), false, { url: 'invalidUrl' }],
  ['meet: no scheme', gm('meet.google.com/abc-defg-hij'), false, { url: 'invalidUrl' }],
  ['meet: empty url', gm(''), false, { url: 'required' }],
  ['meet: whitespace-only url', gm(' \t\n '), false, { url: 'required' }],
  ['meet: null url', gm(null), false, { url: 'required' }],
  ['meet: missing url', { platform: 'google-meet' }, false, { url: 'required' }],
  ['meet: number url', gm(42), false, { url: 'invalidUrl' }],
  ['meet: object url', gm({ href: MEET }), false, { url: 'invalidUrl' }],
  ['meet: path / alone', gm('https://meet.google.com/'), false, { url: 'wrongPath' }],
  ['meet: no path at all', gm('https://meet.google.com'), false, { url: 'wrongPath' }],
  ['meet: dot-dot path collapses to /', gm('https://meet.google.com/..'), false, { url: 'wrongPath' }],
  ['meet: encoded slash in path', gm('https://meet.google.com/abc%2Fdef'), false, { url: 'wrongPath' }],
];

const zoom: Row[] = [
  ['zoom: plain link', zm(ZOOM), true],
  ['zoom: with ?pwd= query', zm(`${ZOOM}?pwd=AbCdEf123.1`), true],
  ['zoom: vanity subdomain us02web.zoom.us', zm('https://us02web.zoom.us/j/12345678901?pwd=x'), true],
  ['zoom: two-level subdomain', zm('https://a.b.zoom.us/j/123456789'), true],
  ['zoom: zoom.com', zm('https://zoom.com/j/123456789'), true],
  ['zoom: subdomain of zoom.com', zm('https://acme.zoom.com/j/123456789'), true],
  ['zoom: zoom.com.cn', zm('https://zoom.com.cn/j/123456789'), true],
  ['zoom: personal link /my/<name>', zm('https://zoom.us/my/jane.doe'), true],
  ['zoom: upper-case host', zm('HTTPS://US02WEB.ZOOM.US/j/123456789'), true],
  ['zoom: explicit :443 and spaces', zm(' https://zoom.us:443/j/123456789 '), true],
  ['zoom: meeting ID with spaces', zm(ZOOM, '123 4567 890'), true],
  ['zoom: meeting ID of 11 digits', zm(ZOOM, '12345678901'), true],
  ['zoom: passcode of 10 characters', zm(ZOOM, '123456789', 'aB3$eF7*9!'), true],
  ['zoom: passcode of 1 character', zm(ZOOM, '123456789', 'x'), true],
  ['zoom: look-alike evilzoom.us', zm('https://evilzoom.us/j/123'), false, { url: 'wrongHost' }],
  ['zoom: look-alike suffix host', zm('https://zoom.us.evil.example/j/1'), false, { url: 'wrongHost' }],
  [
    'zoom: Cyrillic o homograph',
    zm(`https://z${CYRILLIC_O}${CYRILLIC_O}m.us/j/123456789`),
    false,
    { url: 'wrongHost' },
  ],
  [
    'zoom: subdomain of zoom.com.cn (exact only)',
    zm('https://x.zoom.com.cn/j/123456789'),
    false,
    { url: 'wrongHost' },
  ],
  ['zoom: empty leading label .zoom.us', zm('https://.zoom.us/j/123456789'), false, { url: 'wrongHost' }],
  ['zoom: empty inner label a..zoom.us', zm('https://a..zoom.us/j/123456789'), false, { url: 'wrongHost' }],
  [
    'zoom: zoom.com.evil.example',
    zm('https://zoom.com.evil.example/j/123456789'),
    false,
    { url: 'wrongHost' },
  ],
  ['zoom: zoomus.com', zm('https://zoomus.com/j/123456789'), false, { url: 'wrongHost' }],
  ['zoom: Google Meet link given as zoom', zm(MEET), false, { url: 'wrongHost' }],
  ['zoom: path /abc', zm('https://zoom.us/abc'), false, { url: 'wrongPath' }],
  ['zoom: empty id /j/', zm('https://zoom.us/j/'), false, { url: 'wrongPath' }],
  ['zoom: /j without id', zm('https://zoom.us/j'), false, { url: 'wrongPath' }],
  ['zoom: empty name /my/', zm('https://zoom.us/my/'), false, { url: 'wrongPath' }],
  ['zoom: webinar path /w/', zm('https://zoom.us/w/123456789'), false, { url: 'wrongPath' }],
  ['zoom: extra segment after the id', zm('https://zoom.us/j/123456789/extra'), false, { url: 'wrongPath' }],
  ['zoom: http', zm('http://zoom.us/j/123456789'), false, { url: 'httpsOnly' }],
  ['zoom: port 8443', zm('https://zoom.us:8443/j/123456789'), false, { url: 'port' }],
  [
    'zoom: missing meeting ID',
    { platform: 'zoom', url: ZOOM, passcode: 'abc' },
    false,
    { meetingId: 'required' },
  ],
  ['zoom: empty meeting ID', zm(ZOOM, ''), false, { meetingId: 'required' }],
  ['zoom: spaces-only meeting ID', zm(ZOOM, '   '), false, { meetingId: 'required' }],
  ['zoom: meeting ID of 8 digits', zm(ZOOM, '12345678'), false, { meetingId: 'meetingIdFormat' }],
  ['zoom: meeting ID of 12 digits', zm(ZOOM, '123456789012'), false, { meetingId: 'meetingIdFormat' }],
  ['zoom: meeting ID with letters', zm(ZOOM, '12345678a'), false, { meetingId: 'meetingIdFormat' }],
  ['zoom: meeting ID with dashes', zm(ZOOM, '123-456-789'), false, { meetingId: 'meetingIdFormat' }],
  ['zoom: meeting ID as a number', zm(ZOOM, 123456789), false, { meetingId: 'meetingIdFormat' }],
  [
    'zoom: passcode missing',
    { platform: 'zoom', url: ZOOM, meetingId: '123456789' },
    false,
    { passcode: 'required' },
  ],
  ['zoom: passcode empty', zm(ZOOM, '123456789', ''), false, { passcode: 'required' }],
  [
    'zoom: passcode of 11 characters',
    zm(ZOOM, '123456789', 'abcdefghijk'),
    false,
    { passcode: 'passcodeFormat' },
  ],
  ['zoom: passcode with a space', zm(ZOOM, '123456789', 'abc 123'), false, { passcode: 'passcodeFormat' }],
  ['zoom: passcode with a tab', zm(ZOOM, '123456789', 'abc\t123'), false, { passcode: 'passcodeFormat' }],
  ['zoom: passcode as a number', zm(ZOOM, '123456789', 123456), false, { passcode: 'passcodeFormat' }],
  [
    'zoom: everything missing',
    { platform: 'zoom' },
    false,
    { url: 'required', meetingId: 'required', passcode: 'required' },
  ],
  [
    'zoom: several errors at once',
    zm('https://evilzoom.us/j/1', '1', 'has space'),
    false,
    { url: 'wrongHost', meetingId: 'meetingIdFormat', passcode: 'passcodeFormat' },
  ],
];

const whatsapp: Row[] = [
  ['whatsapp: voice link', wa(WA), true],
  ['whatsapp: video link', wa('https://call.whatsapp.com/video/XyZ987'), true],
  ['whatsapp: with query string', wa(`${WA}?src=share`), true],
  ['whatsapp: upper-case host', wa('https://CALL.WHATSAPP.COM/voice/AbC123'), true],
  ['whatsapp: surrounding spaces and :443', wa(' https://call.whatsapp.com:443/voice/AbC123\n'), true],
  ['whatsapp: host without call.', wa('https://whatsapp.com/voice/x'), false, { url: 'wrongHost' }],
  ['whatsapp: wa.me', wa('https://wa.me/123'), false, { url: 'wrongHost' }],
  ['whatsapp: chat.whatsapp.com', wa('https://chat.whatsapp.com/voice/abc'), false, { url: 'wrongHost' }],
  [
    'whatsapp: subdomain of call.whatsapp.com',
    wa('https://x.call.whatsapp.com/voice/abc'),
    false,
    { url: 'wrongHost' },
  ],
  [
    'whatsapp: look-alike suffix host',
    wa('https://call.whatsapp.com.evil.example/voice/a'),
    false,
    { url: 'wrongHost' },
  ],
  ['whatsapp: zoom link given as whatsapp', wa(ZOOM), false, { url: 'wrongHost' }],
  ['whatsapp: path /chat/x', wa('https://call.whatsapp.com/chat/x'), false, { url: 'wrongPath' }],
  ['whatsapp: empty code /voice/', wa('https://call.whatsapp.com/voice/'), false, { url: 'wrongPath' }],
  ['whatsapp: path / alone', wa('https://call.whatsapp.com/'), false, { url: 'wrongPath' }],
  ['whatsapp: http', wa('http://call.whatsapp.com/voice/abc'), false, { url: 'httpsOnly' }],
  ['whatsapp: user info', wa('https://a@call.whatsapp.com/voice/abc'), false, { url: 'userInfo' }],
];

const platformAndInput: Row[] = [
  ['platform: unknown', { platform: 'teams', url: MEET }, false, { platform: 'unknownPlatform' }],
  ['platform: wrong case', { platform: 'Zoom', url: ZOOM }, false, { platform: 'unknownPlatform' }],
  ['platform: a number', { platform: 1, url: MEET }, false, { platform: 'unknownPlatform' }],
  ['platform: missing', { url: MEET }, false, { platform: 'required' }],
  ['platform: null', { platform: null, url: MEET }, false, { platform: 'required' }],
  [
    'platform: unknown with unsafe url',
    { platform: 'teams', url: 'javascript:x' },
    false,
    { platform: 'unknownPlatform', url: 'httpsOnly' },
  ],
  ['input: null', null, false, { platform: 'required', url: 'required' }],
  ['input: undefined', undefined, false, { platform: 'required', url: 'required' }],
  ['input: a number', 42, false, { platform: 'required', url: 'required' }],
  ['input: a string', MEET, false, { platform: 'required', url: 'required' }],
  ['input: an empty object', {}, false, { platform: 'required', url: 'required' }],
];

const GENERIC_URL_ERRORS: readonly MeetingLinkErrorKey[] = [
  'required',
  'invalidUrl',
  'httpsOnly',
  'userInfo',
  'port',
];

describe('validateMeetingLink', () => {
  for (const [group, rows] of [
    ['Google Meet', googleMeet],
    ['Zoom', zoom],
    ['WhatsApp', whatsapp],
    ['platform and input', platformAndInput],
  ] as const) {
    describe(group, () => {
      for (const [description, input, expectedOk, expectedErrors] of rows) {
        it(description, () => {
          const result = validateMeetingLink(input as Partial<MeetingLink>);
          expect(result.ok, JSON.stringify(result)).to.equal(expectedOk);
          if (!result.ok) expect(result.errors).to.deep.equal(expectedErrors ?? {});
          // isSafeMeetingUrl must agree: a valid link's url is safe; a url failing a
          // platform-independent rule is unsafe for every platform.
          const url = (input as { url?: unknown } | null)?.url;
          if (result.ok) expect(isSafeMeetingUrl(url)).to.equal(true);
          else if (result.errors.url && GENERIC_URL_ERRORS.includes(result.errors.url)) {
            expect(isSafeMeetingUrl(url)).to.equal(false);
          }
        });
      }
    });
  }

  it('has at least 85 table rows', () => {
    expect(googleMeet.length + zoom.length + whatsapp.length + platformAndInput.length).to.be.at.least(85);
  });

  it('returns the normalized Google Meet link', () => {
    const result = validateMeetingLink({
      platform: 'google-meet',
      url: '  HTTPS://MEET.GOOGLE.COM:443/abc-defg-hij?authuser=0 ',
      meetingId: '123456789',
      passcode: 'x',
    });
    expect(result).to.deep.equal({
      ok: true,
      link: { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij?authuser=0' },
    });
  });

  it('returns the normalized Zoom link with the meeting ID stripped of spaces', () => {
    const result = validateMeetingLink({
      platform: 'zoom',
      url: ' https://US02WEB.zoom.us/j/12345678901?pwd=abc ',
      meetingId: '123 4567 8901',
      passcode: 'Pa$$1',
    });
    expect(result).to.deep.equal({
      ok: true,
      link: {
        platform: 'zoom',
        url: 'https://us02web.zoom.us/j/12345678901?pwd=abc',
        meetingId: '12345678901',
        passcode: 'Pa$$1',
      },
    });
  });

  it('drops zoom-only fields from a WhatsApp link', () => {
    const result = validateMeetingLink({ platform: 'whatsapp', url: WA, meetingId: 'junk', passcode: 'a b' });
    expect(result).to.deep.equal({ ok: true, link: { platform: 'whatsapp', url: WA } });
  });

  it('normalizes IDNA-mapped input to the ASCII host', () => {
    const result = validateMeetingLink({ platform: 'google-meet', url: 'https://\uff4deet.google.com/abc' });
    expect(result.ok && result.link.url).to.equal('https://meet.google.com/abc');
  });

  it('never throws, even on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const getter = Object.defineProperty({}, 'url', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [hostile, getter, Symbol('x'), () => 1, [MEET], NaN, true]) {
      expect(() => validateMeetingLink(input as unknown as Partial<MeetingLink>)).not.to.throw();
      expect(validateMeetingLink(input as unknown as Partial<MeetingLink>).ok).to.equal(false);
    }
  });
});

describe('isSafeMeetingUrl', () => {
  it('accepts a valid url of each platform', () => {
    for (const url of [MEET, ZOOM, WA, 'https://zoom.com.cn/my/jane'])
      expect(isSafeMeetingUrl(url), url).to.equal(true);
  });

  it('accepts a Meet url even though it is not a Zoom url', () => {
    expect(
      validateMeetingLink({ platform: 'zoom', url: MEET, meetingId: '123456789', passcode: 'a' }).ok,
    ).to.equal(false);
    expect(isSafeMeetingUrl(MEET)).to.equal(true);
  });

  it('rejects unsafe and non-string values', () => {
    for (const url of [
      'javascript:alert(1)',
      'https://meetXgoogle.com/abc',
      'https://meet.google.com/',
      'https://zoom.us/abc',
      `https://z${CYRILLIC_O}${CYRILLIC_O}m.us/j/123456789`,
      'https://evil.example\\@meet.google.com/abc',
      '',
      null,
      undefined,
      123,
      {},
    ]) {
      expect(isSafeMeetingUrl(url), String(url)).to.equal(false);
    }
  });
});

describe('MEETING_PLATFORMS', () => {
  it('lists the three platforms, read-only', () => {
    expect([...MEETING_PLATFORMS]).to.deep.equal(['google-meet', 'zoom', 'whatsapp']);
    expect(Object.isFrozen(MEETING_PLATFORMS)).to.equal(true);
  });
});
