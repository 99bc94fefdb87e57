/**
 * Rendering and reading `<requests-badge>` in a test (not a test file itself). Defines the badge alone, as
 * `mentoring-requests/badge.js` does; files that need the inbox too import test/support/define-all.js.
 */
import 'axe-core/axe.min.js';
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RequestsAdapter } from '../../src/adapters/types.js';
import '../../src/badge.js';
import type { RequestsBadge } from '../../src/elements/requests-badge/requests-badge.js';
import type { PendingCounts } from '../../src/model/request.js';

export type { RequestsBadge };

/** The number the pill shows ('' when nothing shows). */
export const shown = (el: RequestsBadge): string =>
  el.shadowRoot?.querySelector('[part~="badge"]')?.textContent?.trim() ?? '';

/** Whether the badge takes any room on the page (hidden badges have no box at all). */
export const visible = (el: RequestsBadge): boolean => getComputedStyle(el).display !== 'none';

interface AxeText {
  setup(node: Element): unknown;
  teardown(): void;
  commons: { text: { accessibleText(el: Element): string } };
}

/**
 * The accessible name of a link around the badge, as axe computes it (accname 1.2, shadow DOM included):
 * what a screen reader says for a header's "Requests" link that holds the badge.
 */
export function linkName(link: Element): string {
  const axe = (window as unknown as { axe: AxeText }).axe;
  axe.setup(document.documentElement);
  try {
    return axe.commons.text.accessibleText(link).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

/**
 * An adapter with only `countPending` (all the badge uses), answering `counts` after `delay` ms; while
 * `failWith` is set, reads fail with it. Cast: the badge never calls the other nine methods.
 */
export function countsAdapter(
  counts: PendingCounts,
  delay = 0,
): RequestsAdapter & { counts: PendingCounts; reads: number; failWith?: Error } {
  const adapter = {
    counts,
    reads: 0,
    failWith: undefined as Error | undefined,
    async countPending(): Promise<PendingCounts> {
      adapter.reads++;
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (adapter.failWith) throw adapter.failWith;
      return { ...adapter.counts };
    },
  };
  return adapter as unknown as ReturnType<typeof countsAdapter>;
}

/** Renders `template` and waits until its badge (the first one inside) shows a number. */
export async function badgeIn(
  template: TemplateResult,
): Promise<{ wrapper: HTMLElement; el: RequestsBadge }> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('requests-badge') as RequestsBadge;
  await waitUntil(() => shown(el) !== '', 'the badge shows no count');
  return { wrapper, el };
}
