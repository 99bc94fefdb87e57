/**
 * <confirm-dialog>'s default slot (content between the message and the reason field) and its `reason`
 * property (what the field holds; set while open, it replaces the text, which stays editable and counted).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import {
  cancelButton,
  confirmButton,
  dialog,
  opened,
  part,
  record,
  textarea,
  typeReason,
} from './support.js';

describe('<confirm-dialog>: slot and reason', () => {
  it('shows slotted content between the message and the reason field, in that focus order', async () => {
    const el = await fixture<ConfirmDialog>(
      html`<confirm-dialog with-reason message="Sure?">
        <button type="button" id="choice">Busy</button>
      </confirm-dialog>`,
    );
    await opened(el);
    const slot = dialog(el).querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['choice']);
    const order = [part(el, 'message')!, slot, textarea(el)];
    for (let i = 1; i < order.length; i++)
      expect(
        order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).not.to.equal(0);
    expect(el.querySelector<HTMLButtonElement>('#choice')!.getBoundingClientRect().height).to.be.greaterThan(
      0,
    );
  });

  it('`reason` set while open fills the field, counted live; typing still edits it; the answer carries it', async () => {
    const el = await fixture<ConfirmDialog>(
      html`<confirm-dialog with-reason reason-max-words="5" reason-max-chars="40"></confirm-dialog>`,
    );
    const events = record(el);
    await opened(el);
    el.reason = 'Away that week.';
    await el.updateComplete;
    expect(textarea(el).value).to.equal('Away that week.');
    expect(part(el, 'counter')!.textContent!.trim()).to.equal('3 of 5 words · 15 of 40 characters');
    await typeReason(el, ' Sorry!');
    expect(el.reason).to.equal('Away that week. Sorry!');
    // Past a limit, the text set is refused like a typed one.
    el.reason = 'one two three four five six';
    await el.updateComplete;
    expect(confirmButton(el).disabled).to.equal(true);
    el.reason = 'Away.';
    await el.updateComplete;
    confirmButton(el).click();
    expect(events.map((e) => e.detail)).to.deep.equal([{ confirmed: true, reason: 'Away.' }]);
  });

  it('every opening starts with an empty reason', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog with-reason></confirm-dialog>`);
    await opened(el);
    el.reason = 'Away.';
    await el.updateComplete;
    cancelButton(el).click();
    await el.updateComplete;
    await opened(el);
    expect(el.reason).to.equal('');
    expect(textarea(el).value).to.equal('');
  });
});
