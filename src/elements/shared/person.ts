import { html, css, nothing, type TemplateResult } from 'lit';
import type { Person } from '../../model/request.js';

/** Up to two initials, from the first and last words (works for any script). */
export function initials(name: string): string {
  // `trim()` and `\s` agree on what white space is, so no word is empty unless the name is.
  const words = String(name ?? '')
    .trim()
    .split(/\s+/u);
  const ends = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  // First letter or digit of each, a whole code point (a letter outside the BMP stays whole): never an
  // invisible bidi control (U+202E…) or punctuation a name from the server may start with.
  return (
    ends
      .map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0] ?? '')
      .join('')
      .toLocaleUpperCase() || '?'
  );
}

/** An avatar may load only from https or from the page's own origin (a same-origin path). */
export function safeAvatarUrl(url: string | undefined): string | undefined {
  const trimmed = typeof url === 'string' ? url.trim() : '';
  // Undefined outside a page (server rendering, tests in Node).
  const page = globalThis.location as Location | undefined;
  if (trimmed) {
    try {
      const parsed = new URL(trimmed, page?.href ?? 'https://invalid.invalid');
      // Same origin as the page (a path, or the page's own http origin in development); never `data:`,
      // `blob:` or `javascript:` (their origin is opaque or differs).
      if (
        parsed.protocol === 'https:' ||
        (parsed.origin === page?.origin && /^https?:$/.test(parsed.protocol))
      ) {
        return parsed.href;
      }
    } catch {
      // not a URL: no picture
    }
  }
  return undefined;
}

function hideBrokenImage(event: Event): void {
  // The initials sit under the picture: hiding a picture that failed to load reveals them.
  (event.target as HTMLImageElement).hidden = true;
}

/**
 * The avatar: initials underneath, the picture on top when there is a safe one. Decorative (the name is
 * always next to it), so `alt=""` and `aria-hidden`.
 */
export function avatar(person: Person, size: 'small' | 'large' = 'small'): TemplateResult {
  const src = safeAvatarUrl(person.avatarUrl);
  return html`<span class="avatar ${size}" part="avatar" aria-hidden="true"
    ><span class="initials">${initials(person.name)}</span>${
      src
        ? html`<img
            src=${src}
            alt=""
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            @error=${hideBrokenImage}
          />`
        : nothing
    }</span
  >`;
}

export const avatarStyles = css`
  .avatar {
    position: relative;
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border-radius: 50%;
    overflow: hidden;
    background: var(--_surface);
    border: 1px solid var(--_border);
    color: var(--_muted);
    font-weight: 700;
  }
  .avatar.large {
    inline-size: 4rem;
    block-size: 4rem;
    font-size: 1.25rem;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
`;
