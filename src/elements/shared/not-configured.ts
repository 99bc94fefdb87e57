import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';

/** How long (ms) a page without an adapter shows its skeleton before it says it is not configured. */
const GRACE = 300;

/** Elements without an adapter: `false` while their grace runs, `true` once it is over. */
const graceOver = new WeakMap<HTMLElement, boolean>();
/** One console warning per element (each misconfigured page is named in its own). */
const warned = new WeakSet<HTMLElement>();

/**
 * The "not configured" state of an element without an adapter (a `<requests-page>`, or a detail) (none, or a string: an `adapter`
 * attribute copied by a template): said on screen instead of a skeleton forever, and once in the console
 * with the fix. Nothing (the skeleton stays) during a short grace, so a host that sets `.adapter` right
 * after connecting, as frameworks do (some in an effect after the first paint), sees no flash of it.
 * In the details' chunk: the page takes it with its detail-time parts (page-parts.ts), so the first paint
 * does not carry it; a standalone detail with a `request-id` and no adapter (nor an ancestor's store)
 * renders it too (request-detail-base.ts).
 */
export function notConfiguredView(
  page: HTMLElement & { requestUpdate(): void },
  localize: LocalizeController,
): TemplateResult | undefined {
  const over = graceOver.get(page);
  if (over === undefined) {
    graceOver.set(page, false);
    setTimeout(() => {
      graceOver.set(page, true);
      page.requestUpdate();
    }, GRACE);
  }
  // Not for an element no longer in the document (its timer outlived it): nothing to fix there.
  if (!over || !page.isConnected) return undefined;
  if (!warned.has(page)) {
    warned.add(page);
    console.warn(
      `mentoring-requests: <${page.localName}> has no adapter${page.hasAttribute('adapter') ? ' (an attribute cannot carry one)' : ''}. ` +
        'Set it as a property: el.adapter = new MentorEdAdapter(...) (Vue: .adapter or :adapter.prop; ' +
        'Angular: [adapter]; React: the mentoring-requests/react wrappers).',
      page,
    );
  }
  return html`<div class="error" part="error not-configured" role="alert">
    <div>
      <p class="error-title">${localize.term('notConfigured')}</p>
      <p>${localize.term('notConfiguredHint')}</p>
    </div>
  </div>`;
}
