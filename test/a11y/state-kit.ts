/**
 * What every state module of test/a11y shares (not a test file itself): the inbox data, the `State`
 * shape, shadow-root queries and the steps of a detail (loaded, its buttons, the reject dialog).
 */
import { waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import type { MessageRequest } from '../../src/model/request.js';
import { HOUR, START, TZ, message as detailMessage, session } from '../detail-helpers.js';
import type { Variant } from './variants.js';

export const LONG_AGENDA =
  'Planning lessons for mixed-ability groups: how to keep the fast learners busy while the others catch up, ' +
  'which low-cost materials work, and how to check understanding without a written test every week.';

export { TZ, session };

/** The detail tests' message request, with a longer first message (more text to wrap and to measure). */
export const message = (id: string, overrides: Partial<MessageRequest> = {}): MessageRequest =>
  detailMessage(id, {
    message: 'Hi, I would like to connect with you about classroom management.',
    ...overrides,
  });

/** The inbox data: 14 sessions (one expired, some sent), 3 messages (one sent). */
export function inboxAdapter(
  options: { latencyMs?: number; sessions?: number; messages?: number } = {},
): MemoryAdapter {
  const sessions = Array.from({ length: options.sessions ?? 14 }, (_, i) =>
    session(`s${i}`, {
      direction: i % 4 === 1 ? 'sent' : 'received',
      status: i === 3 ? 'expired' : 'requested',
      start: new Date(START.getTime() + i * HOUR),
      end: new Date(START.getTime() + (i + 1) * HOUR),
      createdAt: new Date(Date.now() - (i + 1) * HOUR),
      person: {
        id: `ps${i}`,
        name: i === 0 ? 'Asha Rao' : `Mentee ${i}`,
        designations: i === 0 ? ['Teacher', 'Principal', 'Counsellor'] : ['Teacher'],
        experienceYears: i === 0 ? 5 : undefined,
      },
    }),
  );
  const messages = Array.from({ length: options.messages ?? 3 }, (_, i) =>
    message(`m${i}`, {
      direction: i === 2 ? 'sent' : 'received',
      createdAt: new Date(Date.now() - (i + 1) * HOUR),
      person: { id: `pm${i}`, name: i === 0 ? 'Omar Khan' : `Writer ${i}`, designations: [] },
    }),
  );
  return new MemoryAdapter({
    sessionRequests: sessions,
    messageRequests: messages,
    latencyMs: options.latencyMs,
  });
}

// The virtualizer measures its cards with a ResizeObserver; a measurement that changes the layout in the
// same frame makes Chromium report this harmless error, which the test framework would take as a failure.
const RESIZE_LOOP = 'ResizeObserver loop completed with undelivered notifications';
window.addEventListener(
  'error',
  (event: ErrorEvent) => {
    if (event.message?.includes(RESIZE_LOOP)) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  },
  { capture: true },
);

/** A call that never answers (for loading and busy states). */
export const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

export type Root = Element & { shadowRoot: ShadowRoot; updateComplete?: Promise<boolean> };

export const sr = (el: Element): ShadowRoot => el.shadowRoot!;
export const q = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);

/** The button whose trimmed text is `label` in `el`'s shadow root. */
export function buttonByText(el: Element, label: RegExp): HTMLButtonElement | undefined {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).find((b) =>
    label.test(b.textContent!.trim()),
  );
}

export interface Rendered {
  wrapper: HTMLElement;
  el: Element;
}

export interface State {
  element: string;
  name: string;
  render: (v: Variant) => Promise<Rendered>;
}

export const loadedDetail = (el: Element) => waitUntil(() => q(el, '.person .name'), 'detail did not load');

/** Accept / Reject / Add link / Save... found by part, whatever the language. */
export const partButton = (el: Element, part: string) => q<HTMLButtonElement>(el, `[part~="${part}"]`)!;

export async function openRejectDialog(el: Element): Promise<ConfirmDialog> {
  partButton(el, 'reject-button').click();
  const dialog = q<ConfirmDialog>(el, 'confirm-dialog')!;
  await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'dialog did not open');
  return dialog;
}
