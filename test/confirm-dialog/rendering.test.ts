/** <confirm-dialog>: the registered class, its defaults, attributes and headings, opening as a modal. */
import { expect, fixture, html } from '@open-wc/testing';
import { ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import { cancelButton, confirmButton, dialog, opened, part, record, root, textarea } from './support.js';

describe('<confirm-dialog>', () => {
  it('is the registered class, closed by default, with the defaults', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    expect(el).to.be.instanceOf(ConfirmDialog);
    expect(customElements.get('confirm-dialog')).to.equal(ConfirmDialog);
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(dialog(el).open).to.equal(false);
    expect(el.tone).to.equal('neutral');
    expect(el.withReason).to.equal(false);
    expect(el.reasonMaxWords).to.equal(0);
    expect(confirmButton(el).textContent!.trim()).to.equal('Confirm');
    expect(cancelButton(el).textContent!.trim()).to.equal('Cancel');
    expect(part(el, 'textarea')).to.equal(null);
  });

  it('opens as a modal alertdialog labelled by its heading and described by its message; focus on Cancel', async () => {
    const el = await fixture<ConfirmDialog>(
      html`<confirm-dialog heading="Reject session request" message="Are you sure?"></confirm-dialog>`,
    );
    const events = record(el);
    await opened(el);
    const d = dialog(el);
    expect(d.open).to.equal(true);
    expect(d.matches(':modal')).to.equal(true);
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(d.getAttribute('role')).to.equal('alertdialog');
    expect(d.getAttribute('part')).to.equal('dialog');
    const heading = root(el).getElementById(d.getAttribute('aria-labelledby')!)!;
    expect(heading.tagName).to.equal('H2');
    expect(heading.getAttribute('part')).to.equal('heading');
    expect(heading.textContent).to.equal('Reject session request');
    const message = root(el).getElementById(d.getAttribute('aria-describedby')!)!;
    expect(message.getAttribute('part')).to.equal('message');
    expect(message.textContent).to.equal('Are you sure?');
    expect(root(el).activeElement).to.equal(cancelButton(el));
    expect(events, 'opening fires nothing').to.have.length(0);
  });

  it('renders every attribute: labels, tone, with-reason, reason-label, reason-max-words', async () => {
    const el = await fixture<ConfirmDialog>(
      html`<confirm-dialog
        heading="Delete"
        message="Gone for good."
        confirm-label="Yes, delete"
        cancel-label="Keep it"
        tone="danger"
        with-reason
        reason-label="Why?"
        reason-max-words="10"
      ></confirm-dialog>`,
    );
    expect(el.confirmLabel).to.equal('Yes, delete');
    expect(el.cancelLabel).to.equal('Keep it');
    expect(el.tone).to.equal('danger');
    expect(el.withReason).to.equal(true);
    expect(el.reasonLabel).to.equal('Why?');
    expect(el.reasonMaxWords).to.equal(10);
    expect(confirmButton(el).textContent!.trim()).to.equal('Yes, delete');
    expect(cancelButton(el).textContent!.trim()).to.equal('Keep it');
    expect(confirmButton(el).classList.contains('danger')).to.equal(true);
    expect(confirmButton(el).getAttribute('part')).to.equal('button confirm-button');
    expect(cancelButton(el).getAttribute('part')).to.equal('button cancel-button');
    expect(part(el, 'actions')).to.contain(confirmButton(el));
    const label = root(el).querySelector<HTMLLabelElement>('label[for="reason"]')!;
    expect(label.textContent).to.equal('Why?');
    expect(textarea(el).id).to.equal('reason');
    expect(textarea(el).labels![0]).to.equal(label);
    expect(textarea(el).required).to.equal(false);
    expect(part(el, 'counter')!.textContent).to.equal('0 of 10 words');
  });

  it('uses the localized default reason label, and no counter without a word limit', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog with-reason></confirm-dialog>`);
    expect(root(el).querySelector('label[for="reason"]')!.textContent).to.equal('Reason (optional)');
    expect(part(el, 'counter')).to.equal(null);
    expect(textarea(el).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('opens from the open attribute on connect, and the open property opens and closes without events', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog open heading="Hi"></confirm-dialog>`);
    const events = record(el);
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);

    el.open = false;
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);

    el.open = true;
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    el.removeAttribute('open');
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(events).to.have.length(0);
  });

  it('falls back to a localized heading so the dialog always has a name', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    await opened(el);
    expect(part(el, 'heading')!.textContent).to.equal('Confirm');
    expect(dialog(el).hasAttribute('aria-describedby')).to.equal(false);
    expect(part(el, 'message')).to.equal(null);
    el.close();
  });
});
