/**
 * Shared setup of the "Add to calendar" tests (not a test file itself): the menu of a detail, its options,
 * downloads caught at the library's own anchor (its `click()`), and link clicks kept from navigating.
 */
import { waitUntil } from '@open-wc/testing';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import { $, $$ } from '../detail-helpers.js';

/** The "Add to calendar" button, once the menu's chunk has loaded. */
export async function calendarToggle(el: Element): Promise<HTMLButtonElement> {
  await waitUntil(() => $(el, '#calendar-toggle'), 'no Add to calendar', { timeout: 4000 });
  return $<HTMLButtonElement>(el, '#calendar-toggle')!;
}

/** Opens the options with a click; returns them: [download button, Google link, Outlook link]. */
export async function openCalendar(
  el: Element,
): Promise<[HTMLButtonElement, HTMLAnchorElement, HTMLAnchorElement]> {
  const toggle = await calendarToggle(el);
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await (el as SessionRequestDetail).updateComplete;
  return options(el);
}

export const options = (el: Element) =>
  $$(el, '[part="calendar-option"]') as unknown as [HTMLButtonElement, HTMLAnchorElement, HTMLAnchorElement];

export interface Download {
  href: string;
  download: string;
  /** The file's octets, read before the URL is revoked. */
  bytes: Promise<Uint8Array>;
}

/**
 * Catches the downloads the library starts by clicking an anchor of its own (the browser would save the
 * file), reading each file through its `blob:` URL at once, and records the revoked URLs.
 */
export function catchDownloads(): { downloads: Download[]; revoked: string[]; restore: () => void } {
  const downloads: Download[] = [];
  const revoked: string[] = [];
  const click = HTMLAnchorElement.prototype.click;
  const revoke = URL.revokeObjectURL;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    // Only download links: a test's own click on a menu link is a click.
    if (!this.hasAttribute('download')) return click.call(this);
    const href = this.href;
    const bytes = fetch(href).then(async (r) => new Uint8Array(await r.arrayBuffer()));
    downloads.push({ href, download: this.download, bytes });
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    revoke.call(URL, url);
  };
  return {
    downloads,
    revoked,
    restore() {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revoke;
    },
  };
}

/**
 * Records, at the document (after the element's own handler), whether each link click was cancelled,
 * then cancels it: no test opens a tab.
 */
export function guardNavigation(): { clicks: { href: string; prevented: boolean }[]; stop: () => void } {
  const clicks: { href: string; prevented: boolean }[] = [];
  const on = (event: MouseEvent) => {
    const anchor = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
    if (!anchor) return;
    clicks.push({ href: anchor.href, prevented: event.defaultPrevented });
    event.preventDefault();
  };
  document.addEventListener('click', on);
  return { clicks, stop: () => document.removeEventListener('click', on) };
}
