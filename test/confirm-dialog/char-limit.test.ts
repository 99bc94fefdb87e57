/** <confirm-dialog>: the reason's character limit (`reason-max-chars`), alone and beside the word limit. */
import { expect, fixture, html } from '@open-wc/testing';
import { countChars, type ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import { clearReason, confirmButton, dialog, opened, part, record, textarea } from './support.js';

/** Puts `text` into the reason field as one input (as a paste would). */
async function setReason(el: ConfirmDialog, text: string): Promise<void> {
  const field = textarea(el);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<confirm-dialog>', () => {
  describe('reason-max-chars', () => {
    it('countChars counts the code points of the trimmed text, as a database column does', () => {
      expect(countChars('')).to.equal(0);
      expect(countChars('   ')).to.equal(0);
      expect(countChars('  abc  ')).to.equal(3);
      expect(countChars('😀😀')).to.equal(2); // four UTF-16 units
      expect(countChars('नमस्ते')).to.equal(6);
    });

    it('is a Number property with the attribute reason-max-chars (0 by default: no limit)', async () => {
      const el = await fixture<ConfirmDialog>(
        html`<confirm-dialog with-reason reason-max-chars="255"></confirm-dialog>`,
      );
      expect(el.reasonMaxChars).to.equal(255);
      const plain = await fixture<ConfirmDialog>(html`<confirm-dialog with-reason></confirm-dialog>`);
      expect(plain.reasonMaxChars).to.equal(0);
      await opened(plain);
      expect(part(plain, 'counter')).to.equal(null);
      expect(textarea(plain).hasAttribute('aria-describedby')).to.equal(false);
    });

    it('counts characters live, names the limit when it is exceeded and refuses to confirm', async () => {
      const el = await fixture<ConfirmDialog>(
        html`<confirm-dialog with-reason reason-max-chars="10" heading="Reject"></confirm-dialog>`,
      );
      const events = record(el);
      await opened(el);
      const counter = part(el, 'counter')!;
      expect(counter.textContent).to.equal('0 of 10 characters');
      expect(counter.closest('[aria-live]')!.getAttribute('aria-live')).to.equal('polite');
      expect(textarea(el).getAttribute('aria-describedby')).to.equal('counter');

      // Ten emoji are ten characters (twenty UTF-16 units), and the surrounding spaces do not count.
      await setReason(el, ` ${'😀'.repeat(10)} `);
      expect(counter.textContent).to.equal('10 of 10 characters');
      expect(confirmButton(el).disabled).to.equal(false);
      expect(part(el, 'error')!.hidden).to.equal(true);

      await setReason(el, 'eleven char');
      expect(counter.textContent).to.equal('11 of 10 characters');
      const error = part(el, 'error')!;
      expect(error.hidden).to.equal(false);
      expect(error.textContent).to.equal('Use at most 10 characters.');
      expect(error.closest('[aria-live]')).to.equal(counter.closest('[aria-live]'));
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
      expect(textarea(el).getAttribute('aria-describedby')).to.equal('counter reason-error');
      expect(confirmButton(el).disabled).to.equal(true);
      confirmButton(el).click();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(true);
      expect(events).to.have.length(0);
      await expect(el).to.be.accessible();

      await setReason(el, 'ten chars!');
      expect(confirmButton(el).disabled).to.equal(false);
      expect(textarea(el).hasAttribute('aria-invalid')).to.equal(false);
      confirmButton(el).click();
      expect(events.map((e) => e.detail)).to.deep.equal([{ confirmed: true, reason: 'ten chars!' }]);
    });

    it('with both limits, the counter shows both and the error names each limit exceeded', async () => {
      const el = await fixture<ConfirmDialog>(
        html`<confirm-dialog with-reason reason-max-words="3" reason-max-chars="20"></confirm-dialog>`,
      );
      await opened(el);
      const counter = part(el, 'counter')!;
      const error = part(el, 'error')!;
      expect(counter.textContent).to.equal('0 of 3 words · 0 of 20 characters');

      await setReason(el, 'one two three');
      expect(counter.textContent).to.equal('3 of 3 words · 13 of 20 characters');
      expect(error.hidden).to.equal(true);
      expect(confirmButton(el).disabled).to.equal(false);

      // Characters only: three long words.
      await setReason(el, 'extraordinarily long words');
      expect(counter.textContent).to.equal('3 of 3 words · 26 of 20 characters');
      expect(error.textContent).to.equal('Use at most 20 characters.');
      expect(confirmButton(el).disabled).to.equal(true);

      // Words only.
      await setReason(el, 'a b c d');
      expect(error.textContent).to.equal('Use at most 3 words.');
      expect(confirmButton(el).disabled).to.equal(true);

      // Both.
      await setReason(el, 'one two three four five six');
      expect(error.textContent).to.equal('Use at most 3 words. Use at most 20 characters.');
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
      expect(confirmButton(el).disabled).to.equal(true);

      await clearReason(el);
      expect(error.hidden).to.equal(true);
      expect(confirmButton(el).disabled).to.equal(false);
    });

    it('ask() sets reasonMaxChars; a limit only applies with a reason field; bad values mean no limit', async () => {
      const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
      const answer = el.ask({ withReason: true, reasonMaxChars: 5 });
      await el.updateComplete;
      expect(el.reasonMaxChars).to.equal(5);
      await setReason(el, 'too long');
      expect(confirmButton(el).disabled).to.equal(true);
      el.withReason = false;
      await el.updateComplete;
      expect(part(el, 'counter')).to.equal(null);
      expect(confirmButton(el).disabled).to.equal(false);
      el.withReason = true;
      for (const bad of [Number.NaN, -3, Number.POSITIVE_INFINITY]) {
        el.reasonMaxChars = bad;
        await el.updateComplete;
        expect(part(el, 'counter'), String(bad)).to.equal(null);
        expect(confirmButton(el).disabled, String(bad)).to.equal(false);
      }
      el.close();
      expect(await answer).to.deep.equal({ confirmed: false });
    });
  });
});
