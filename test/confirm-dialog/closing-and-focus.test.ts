/** <confirm-dialog>: Cancel, Confirm and Escape, the keyboard, and where focus goes and returns. */
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import { ConfirmDialogCloseEvent } from '../../src/events.js';
import { cancelButton, confirmButton, dialog, opened, record, root, typeReason } from './support.js';

describe('<confirm-dialog>', () => {
  it('Cancel fires a bubbling, composed, non-cancelable confirm-dialog-close with { confirmed: false }', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><confirm-dialog heading="Sure?"></confirm-dialog></div>`,
    );
    const el = wrapper.querySelector('confirm-dialog')!;
    await opened(el);
    const pending = oneEvent(wrapper, 'confirm-dialog-close');
    cancelButton(el).click();
    const event = await pending;
    expect(event).to.be.instanceOf(ConfirmDialogCloseEvent);
    expect(event.type).to.equal('confirm-dialog-close');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
    expect(event.detail).to.deep.equal({ confirmed: false });
    expect(dialog(el).open).to.equal(false);
    expect(el.open).to.equal(false);
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(false);
  });

  it('Confirm fires { confirmed: true } without a reason key', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog heading="Sure?"></confirm-dialog>`);
    await opened(el);
    const pending = oneEvent(el, 'confirm-dialog-close');
    confirmButton(el).click();
    const event = await pending;
    expect(event.detail).to.deep.equal({ confirmed: true });
    expect('reason' in event.detail).to.equal(false);
    expect(dialog(el).open).to.equal(false);
  });

  it('Escape cancels', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog heading="Sure?"></confirm-dialog>`);
    await opened(el);
    const events = record(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(events.map((e) => e.detail)).to.deep.equal([{ confirmed: false }]);
    await aTimeout(20); // the native close event that follows is not a second close
    expect(events).to.have.length(1);
  });

  it('Escape cancels ask() even with a reason typed', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    const answer = el.ask({ heading: 'Reject', withReason: true });
    await el.updateComplete;
    await typeReason(el, 'busy');
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.deep.equal({ confirmed: false });
  });

  it('Enter on the focused Cancel cancels; Tab then Space on Confirm confirms', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog heading="Sure?"></confirm-dialog>`);
    const events = record(el);
    await opened(el);
    expect(root(el).activeElement).to.equal(cancelButton(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events.map((e) => e.detail)).to.deep.equal([{ confirmed: false }]);

    await opened(el);
    expect(root(el).activeElement).to.equal(cancelButton(el));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(confirmButton(el));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(events.map((e) => e.detail)).to.deep.equal([{ confirmed: false }, { confirmed: true }]);
  });

  it('focus goes to Cancel (not the reason field) and returns to a light-DOM trigger on close', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="trigger" type="button">Reject</button>
        <confirm-dialog with-reason heading="Reject"></confirm-dialog>
      </div>`,
    );
    const trigger = wrapper.querySelector<HTMLButtonElement>('#trigger')!;
    const el = wrapper.querySelector('confirm-dialog')!;
    trigger.focus();
    trigger.addEventListener('click', () => el.show());
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(root(el).activeElement).to.equal(cancelButton(el));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(trigger);

    // And after Confirm too.
    trigger.focus();
    await opened(el);
    confirmButton(el).click();
    expect(document.activeElement).to.equal(trigger);
  });

  it('returns focus to a trigger inside another shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<button type="button">Reject</button><confirm-dialog heading="Reject"></confirm-dialog>';
    const trigger = shadow.querySelector('button')!;
    const el = shadow.querySelector('confirm-dialog')!;
    await el.updateComplete;
    trigger.focus();
    expect(shadow.activeElement).to.equal(trigger);
    const answer = el.ask();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(cancelButton(el));
    cancelButton(el).click();
    expect(await answer).to.deep.equal({ confirmed: false });
    expect(shadow.activeElement).to.equal(trigger);
    expect(document.activeElement).to.equal(host);
  });
});
