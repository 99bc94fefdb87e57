/** <session-request-detail>: the reject reason's limits come from the adapter's `capabilities`. */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { AdapterCapabilities } from '../../src/adapters/types.js';
import { $, button, record, scriptDialog, session } from '../detail-helpers.js';
import { calls, given, memory, withCapabilities } from './support.js';

const MENTORED = { reasonMaxWords: 50, reasonMaxChars: 255 };

/** Clicks Reject and waits for the built-in dialog to be open. */
async function openReject(el: SessionRequestDetail): Promise<ConfirmDialog> {
  button(el, 'Reject')!.click();
  const dialog = $<ConfirmDialog>(el, 'confirm-dialog')!;
  await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'dialog did not open');
  return dialog;
}

const inDialog = <E extends Element = HTMLElement>(dialog: ConfirmDialog, selector: string) =>
  dialog.shadowRoot!.querySelector<E>(selector)!;

async function setReason(dialog: ConfirmDialog, text: string): Promise<void> {
  const field = inDialog<HTMLTextAreaElement>(dialog, 'textarea');
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await dialog.updateComplete;
}

describe('<session-request-detail>', () => {
  describe('reject reason limits', () => {
    it("asks with the adapter's reasonMaxWords and reasonMaxChars", async () => {
      for (const capabilities of [MENTORED, { reasonMaxWords: 12, reasonMaxChars: 80 }]) {
        const el = await given(session('s1'), withCapabilities(memory(), capabilities));
        const { asked } = scriptDialog(el, { confirmed: false });
        button(el, 'Reject')!.click();
        // The reasons' chunk loads first (reject-reasons.ts).
        await waitUntil(() => asked.length > 0, 'not asked');
        expect(asked).to.have.length(1);
        expect(asked[0]).to.include(capabilities);
      }
    });

    it('without capabilities (or with unusable values): 50 words and no character limit', async () => {
      // The MemoryAdapter has MentorEd's two limits; with none, the detail's own defaults apply.
      const given255 = await given(session('s0'), memory());
      const first = scriptDialog(given255, { confirmed: false });
      button(given255, 'Reject')!.click();
      await waitUntil(() => first.asked.length > 0, 'not asked');
      expect(first.asked[0]).to.include({ reasonMaxWords: 50, reasonMaxChars: 255 });
      for (const adapter of [
        withCapabilities(memory(), undefined as unknown as AdapterCapabilities),
        withCapabilities(memory(), {}),
        withCapabilities(memory(), { reasonMaxWords: 0, reasonMaxChars: Number.NaN }),
        withCapabilities(memory(), { reasonMaxWords: '9' as unknown as number, reasonMaxChars: -1 }),
      ]) {
        const el = await given(session('s1'), adapter);
        const { asked } = scriptDialog(el, { confirmed: false });
        button(el, 'Reject')!.click();
        // The reasons' chunk loads first (reject-reasons.ts).
        await waitUntil(() => asked.length > 0, 'not asked');
        expect(asked[0]).to.include({ reasonMaxWords: 50, reasonMaxChars: 0 });
      }
    });

    it('a 256-character reason is refused in the dialog, with a message, and the adapter is never called', async () => {
      const adapter = withCapabilities(memory(), MENTORED);
      const el = await given(session('s1'), adapter);
      const rec = record('request-reject', 'request-rejected');
      const dialog = await openReject(el);
      expect(inDialog(dialog, '[part~="counter"]').textContent).to.equal(
        '0 of 50 words · 0 of 255 characters',
      );

      // 256 characters in 26 words: under the word limit, over the column's.
      const long = `${'abcdefghi '.repeat(25)}abcdef`;
      expect([...long].length).to.equal(256);
      await setReason(dialog, long);
      const error = inDialog(dialog, '[part~="error"]');
      expect(error.hidden).to.equal(false);
      expect(error.textContent).to.equal('Use at most 255 characters.');
      expect(inDialog(dialog, 'textarea').getAttribute('aria-invalid')).to.equal('true');
      const confirm = inDialog<HTMLButtonElement>(dialog, '[part~="confirm-button"]');
      expect(confirm.disabled).to.equal(true);
      confirm.click();
      await aTimeout(10);
      expect(inDialog<HTMLDialogElement>(dialog, 'dialog').open).to.equal(true);
      expect(calls(adapter, 'rejectSessionRequest')).to.deep.equal([]);
      expect(rec.events).to.have.length(0);

      // 255 characters are fine.
      await setReason(dialog, long.slice(0, 255));
      expect(confirm.disabled).to.equal(false);
      confirm.click();
      await waitUntil(() => el.request!.status === 'rejected');
      rec.stop();
      expect(calls(adapter, 'rejectSessionRequest')).to.deep.equal([
        { method: 'rejectSessionRequest', args: ['s1', long.slice(0, 255)] },
      ]);
      expect(rec.events.map((e) => e.type)).to.deep.equal(['request-reject', 'request-rejected']);
    });

    it('a 51-word reason is refused with the word limit named', async () => {
      const adapter = withCapabilities(memory(), MENTORED);
      const el = await given(session('s1'), adapter);
      const dialog = await openReject(el);
      await setReason(dialog, Array(51).fill('no').join(' '));
      expect(inDialog(dialog, '[part~="error"]').textContent).to.equal('Use at most 50 words.');
      expect(inDialog<HTMLButtonElement>(dialog, '[part~="confirm-button"]').disabled).to.equal(true);
      inDialog<HTMLButtonElement>(dialog, '[part~="cancel-button"]').click();
      await aTimeout(10);
      expect(calls(adapter, 'rejectSessionRequest')).to.deep.equal([]);
    });
  });
});
