/**
 * Two copies of the built package on one page (issue 17): copy A is `/dist/` (the package as a host
 * installs it), copy B is the same files under `/__copy-b__/dist/` (web-test-runner.config.mjs serves
 * that prefix from the repository root), so the browser loads every module of B a second time: its own
 * classes, its own store and contexts, as a second version of the package bundled by a micro-frontend
 * would be. Both share `lit` (one copy under node_modules), as bundles often do. These tests run against
 * `dist/`: `npm test` builds it first (`npm run build` before a lone `npx wtr --files test/hosts/...`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type * as Package from '../../src/index.js';
import type * as DefineElements from '../../src/define-elements.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { cards, detailOf, inDetail } from '../support/page-helpers.js';

export type Copy = typeof Package & typeof DefineElements;

/** One copy's public modules: its classes and `defineElements` (side-effect free: defines nothing). */
export async function loadCopy(base: string): Promise<Copy> {
  const [pkg, define] = await Promise.all([
    import(/* @vite-ignore */ `${base}/index.js`) as Promise<typeof Package>,
    import(/* @vite-ignore */ `${base}/define-elements.js`) as Promise<typeof DefineElements>,
  ]);
  return { ...pkg, ...define };
}

/** The six tags of a copy. */
export const TAGS = [
  'requests-page',
  'request-tabs',
  'session-request-detail',
  'message-request-detail',
  'confirm-dialog',
  'requests-badge',
] as const;

export const COPY_A = '/dist';
export const COPY_B = '/__copy-b__/dist';

/**
 * `console.warn` calls from now on (`stop()` puts the original back), but Lit's own dev-mode notice: the
 * test runner serves Lit's development build, which says so once.
 */
export function watchWarnings(): { warnings: unknown[][]; stop: () => void } {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('Lit is in dev mode')) warnings.push(args);
  };
  return { warnings, stop: () => (console.warn = original) };
}

/**
 * The README's host code ("Several copies on one page"): a scoped registry where the browser can make one
 * (Chrome and Edge 146, Safari 26), else undefined (then the copy goes to the global registry).
 */
export function scopedRegistry(): CustomElementRegistry | undefined {
  try {
    return new CustomElementRegistry();
  } catch {
    return undefined;
  }
}

/**
 * A `<requests-page>` parsed into a container's shadow root that uses `registry` (the scoped path), or
 * the global registry when `registry` is undefined (the fallback without scoped registries).
 */
export function mountInRoot(registry: CustomElementRegistry | undefined): RequestsPage {
  const container = document.createElement('div');
  document.body.append(container);
  const root = container.attachShadow({ mode: 'open', ...(registry && { customElementRegistry: registry }) });
  root.innerHTML = '<requests-page page-size="5"></requests-page>';
  return root.firstElementChild as RequestsPage;
}

/** Opens the first session request of `page` and clicks Accept (no confirmation: only Reject asks); its id. */
export async function acceptFirst(page: RequestsPage): Promise<string> {
  await waitUntil(() => cards(page).length > 0, 'no cards');
  const card = cards(page)[0]!;
  const id = card.dataset.id!;
  card.querySelector<HTMLButtonElement>('button')!.click();
  await waitUntil(() => inDetail(page, '[part~="accept-button"]'), 'no detail');
  inDetail<HTMLButtonElement>(page, '[part~="accept-button"]')!.click();
  return id;
}

/** The detail and dialog of `page`, for instance checks. */
export function innerElements(page: RequestsPage): { tabs: Element; detail: Element; dialog: Element } {
  const detail = detailOf(page)!;
  return {
    tabs: page.shadowRoot!.querySelector('request-tabs')!,
    detail,
    dialog: detail.shadowRoot!.querySelector('confirm-dialog')!,
  };
}

/** The accept calls `adapter` received (MemoryAdapter logs every call). */
export const acceptsOf = (adapter: { calls: { method: string; args: unknown[] }[] }) =>
  adapter.calls.filter((c) => c.method === 'acceptSessionRequest').map((c) => c.args[0]);

export { expect };
