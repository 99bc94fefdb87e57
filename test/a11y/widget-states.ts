/** The states of <confirm-dialog> and <request-tabs> (not a test file itself). */
import { html, waitUntil } from '@open-wc/testing';
import type { ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import { q, type Rendered, type State } from './state-kit.js';
import { themed, type Variant } from './variants.js';

// ---- <confirm-dialog> ----------------------------------------------------------------------------

async function dialogState(v: Variant, setup: (d: ConfirmDialog) => void | Promise<void>): Promise<Rendered> {
  const { wrapper, el } = await themed<ConfirmDialog>(
    html`<confirm-dialog
      heading="Reject session request"
      message="Are you sure you want to reject this session request?"
    ></confirm-dialog>`,
    v,
  );
  await setup(el);
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open, 'dialog did not open');
  return { wrapper, el };
}

export const DIALOG_STATES: State[] = [
  {
    element: 'confirm-dialog',
    name: 'open, neutral',
    render: (v) => dialogState(v, (d) => d.show()),
  },
  {
    element: 'confirm-dialog',
    name: 'open, danger, with reason and word limit',
    render: (v) =>
      dialogState(v, (d) => {
        void d.ask({ tone: 'danger', withReason: true, reasonMaxWords: 5, confirmLabel: 'Reject' });
      }),
  },
  {
    element: 'confirm-dialog',
    name: 'reason over the word limit',
    render: async (v) => {
      const r = await dialogState(v, (d) => {
        void d.ask({ tone: 'danger', withReason: true, reasonMaxWords: 3 });
      });
      const textarea = q<HTMLTextAreaElement>(r.el, 'textarea')!;
      textarea.value = 'one two three four five';
      textarea.dispatchEvent(new Event('input'));
      await waitUntil(() => q(r.el, 'textarea[aria-invalid="true"]'));
      return r;
    },
  },
  {
    element: 'confirm-dialog',
    name: 'reason over the character limit, both limits',
    render: async (v) => {
      const r = await dialogState(v, (d) => {
        void d.ask({ tone: 'danger', withReason: true, reasonMaxWords: 50, reasonMaxChars: 20 });
      });
      const textarea = q<HTMLTextAreaElement>(r.el, 'textarea')!;
      textarea.value = 'a reason longer than twenty characters';
      textarea.dispatchEvent(new Event('input'));
      await waitUntil(() => q(r.el, 'textarea[aria-invalid="true"]'));
      return r;
    },
  },
];

// ---- <request-tabs> ------------------------------------------------------------------------------

export const TABS_STATES: State[] = [
  {
    element: 'request-tabs',
    name: 'no counts',
    render: (v) => themed(html`<request-tabs><p>Panel</p></request-tabs>`, v),
  },
  {
    element: 'request-tabs',
    name: 'with counts',
    render: (v) =>
      themed(html`<request-tabs session-count="3" message-count="12"><p>Panel</p></request-tabs>`, v),
  },
  {
    element: 'request-tabs',
    name: 'message tab selected',
    render: (v) =>
      themed(
        html`<request-tabs selected="message" session-count="3" message-count="1"
          ><p>Panel</p></request-tabs
        >`,
        v,
      ),
  },
];
