/** <confirm-dialog>: the reason field's live word count and its limit, and countWords. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { countWords, type ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import { clearReason, confirmButton, dialog, opened, part, record, textarea, typeReason } from './support.js';

describe('<confirm-dialog>', () => {
  it('counts words live in a polite region and blocks Confirm above reason-max-words', async () => {
    const el = await fixture<ConfirmDialog>(
      html`<confirm-dialog with-reason reason-max-words="5" heading="Reject"></confirm-dialog>`,
    );
    const events = record(el);
    await opened(el);
    const counter = part(el, 'counter')!;
    expect(counter.textContent).to.equal('0 of 5 words');
    expect(counter.closest('[aria-live]')!.getAttribute('aria-live')).to.equal('polite');
    expect(textarea(el).getAttribute('aria-describedby')).to.equal('counter');

    await typeReason(el, 'one two  three four five');
    expect(counter.textContent).to.equal('5 of 5 words');
    expect(confirmButton(el).disabled).to.equal(false);
    expect(part(el, 'error')!.hidden).to.equal(true);
    expect(textarea(el).hasAttribute('aria-invalid')).to.equal(false);

    await sendKeys({ type: ' six' });
    await el.updateComplete;
    expect(counter.textContent).to.equal('6 of 5 words');
    expect(confirmButton(el).disabled).to.equal(true);
    const error = part(el, 'error')!;
    expect(error.hidden).to.equal(false);
    expect(error.textContent).to.equal('Use at most 5 words.');
    expect(error.closest('[aria-live]')).to.equal(counter.closest('[aria-live]'));
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
    expect(textarea(el).getAttribute('aria-describedby')).to.equal('counter reason-error');
    expect(getComputedStyle(error).color).to.not.equal(getComputedStyle(textarea(el)).color);

    // A click on the disabled Confirm (or Enter on it) does nothing.
    confirmButton(el).click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(events).to.have.length(0);

    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(counter.textContent).to.equal('5 of 5 words');
    expect(confirmButton(el).disabled).to.equal(false);
    confirmButton(el).click();
    expect(events.map((e) => e.detail)).to.deep.equal([
      { confirmed: true, reason: 'one two  three four five' },
    ]);
  });

  it('a word limit only applies with a reason field', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog reason-max-words="1"></confirm-dialog>`);
    await opened(el);
    expect(part(el, 'counter')).to.equal(null);
    expect(confirmButton(el).disabled).to.equal(false);
    el.withReason = true;
    await el.updateComplete;
    await typeReason(el, 'two words');
    expect(confirmButton(el).disabled).to.equal(true);
    await clearReason(el);
    expect(confirmButton(el).disabled).to.equal(false);
    el.reasonMaxWords = Number.NaN;
    await el.updateComplete;
    expect(part(el, 'counter')).to.equal(null);
  });

  it('countWords counts as the server does: whitespace-separated tokens of the trimmed text', () => {
    expect(countWords('')).to.equal(0);
    expect(countWords('   ')).to.equal(0);
    expect(countWords(' one\ttwo\n three  ')).to.equal(3);
    expect(countWords("don't well-being")).to.equal(2);
    // `value.trim().split(/\s+/).length`: a run of text without spaces is one word, in any script.
    expect(countWords('我喜欢学习')).to.equal(1);
    expect(countWords('hello 世界')).to.equal(2);
    expect(countWords('इस सप्ताह मैं उपलब्ध नहीं हूँ।')).to.equal(6);
  });
});
