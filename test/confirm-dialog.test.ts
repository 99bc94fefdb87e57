import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { ConfirmDialog, countWords } from '../src/elements/confirm-dialog/confirm-dialog.js';
import { ConfirmDialogCloseEvent } from '../src/events.js';

const root = (el: ConfirmDialog) => el.shadowRoot!;
const dialog = (el: ConfirmDialog) => root(el).querySelector('dialog')!;
const part = <T extends HTMLElement = HTMLElement>(el: ConfirmDialog, name: string) =>
  root(el).querySelector<T>(`[part~="${name}"]`);
const confirmButton = (el: ConfirmDialog) => part<HTMLButtonElement>(el, 'confirm-button')!;
const cancelButton = (el: ConfirmDialog) => part<HTMLButtonElement>(el, 'cancel-button')!;
const textarea = (el: ConfirmDialog) => part<HTMLTextAreaElement>(el, 'textarea')!;

/** Collects the `confirm-dialog-close` events fired on `el`. */
function record(el: HTMLElement): ConfirmDialogCloseEvent[] {
  const events: ConfirmDialogCloseEvent[] = [];
  el.addEventListener('confirm-dialog-close', (event) => events.push(event));
  return events;
}

async function opened(el: ConfirmDialog): Promise<void> {
  el.show();
  await el.updateComplete;
}

/** Waits for the CSS transitions and animations running inside `el` (computed colours mid-fade lie). */
async function animationsDone(el: ConfirmDialog): Promise<void> {
  await Promise.all(
    root(el)
      .getAnimations()
      .map((animation) => animation.finished.catch(() => undefined)),
  );
}

/** Types into the reason field like a user (focus + keyboard). */
async function typeReason(el: ConfirmDialog, text: string): Promise<void> {
  textarea(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function clearReason(el: ConfirmDialog): Promise<void> {
  const field = textarea(el);
  field.value = '';
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<confirm-dialog>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

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

  it('tone="danger" colours the confirm button with the danger token; neutral with primary', async () => {
    const el = await fixture<ConfirmDialog>(
      html`<confirm-dialog
        style="--mr-color-danger: rgb(200, 0, 0); --mr-color-primary: rgb(0, 0, 200)"
      ></confirm-dialog>`,
    );
    await opened(el);
    await animationsDone(el);
    expect(getComputedStyle(confirmButton(el)).backgroundColor).to.equal('rgb(0, 0, 200)');
    el.tone = 'danger';
    await el.updateComplete;
    await animationsDone(el);
    expect(getComputedStyle(confirmButton(el)).backgroundColor).to.equal('rgb(200, 0, 0)');
    (el as unknown as { tone: string }).tone = 'loud';
    await el.updateComplete;
    await animationsDone(el);
    expect(getComputedStyle(confirmButton(el)).backgroundColor).to.equal('rgb(0, 0, 200)');
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

  it('ask() sets the options, opens, and resolves with the reason trimmed', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    const events = record(el);
    const answer = el.ask({
      heading: 'Reject session request',
      message: 'Are you sure you want to reject this session request?',
      confirmLabel: 'Reject',
      cancelLabel: 'Keep',
      tone: 'danger',
      withReason: true,
      reasonLabel: 'Let Asha Rao know why',
      reasonMaxWords: 50,
    });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(part(el, 'heading')!.textContent).to.equal('Reject session request');
    expect(part(el, 'message')!.textContent).to.equal(
      'Are you sure you want to reject this session request?',
    );
    expect(confirmButton(el).textContent!.trim()).to.equal('Reject');
    expect(cancelButton(el).textContent!.trim()).to.equal('Keep');
    expect(el.tone).to.equal('danger');
    expect(root(el).querySelector('label')!.textContent).to.equal('Let Asha Rao know why');
    expect(part(el, 'counter')!.textContent).to.equal('0 of 50 words');

    await typeReason(el, '   I am travelling that week.  ');
    confirmButton(el).click();
    expect(await answer).to.deep.equal({ confirmed: true, reason: 'I am travelling that week.' });
    expect(events.map((e) => e.detail)).to.deep.equal([
      { confirmed: true, reason: 'I am travelling that week.' },
    ]);
  });

  it('ask() omits an empty (whitespace-only) reason, and Cancel returns no reason; each opening starts empty', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    let answer = el.ask({ withReason: true });
    await el.updateComplete;
    await typeReason(el, '    ');
    confirmButton(el).click();
    let result = await answer;
    expect(result).to.deep.equal({ confirmed: true });
    expect('reason' in result).to.equal(false);

    answer = el.ask();
    await el.updateComplete;
    expect(textarea(el).value).to.equal('');
    await typeReason(el, 'some reason');
    cancelButton(el).click();
    result = await answer;
    expect(result).to.deep.equal({ confirmed: false });

    // Without with-reason, no reason comes back.
    answer = el.ask({ withReason: false });
    await el.updateComplete;
    expect(part(el, 'textarea')).to.equal(null);
    confirmButton(el).click();
    expect(await answer).to.deep.equal({ confirmed: true });
  });

  it('close() closes as a cancel: event and ask() answer', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    const events = record(el);
    const answer = el.ask({ heading: 'Sure?' });
    await el.updateComplete;
    el.close();
    expect(await answer).to.deep.equal({ confirmed: false });
    expect(events.map((e) => e.detail)).to.deep.equal([{ confirmed: false }]);
    expect(dialog(el).open).to.equal(false);

    // close() when already closed does nothing.
    el.close();
    expect(events).to.have.length(1);
  });

  it('close() before the dialog rendered open, and open=false, answer a pending ask() with confirmed:false', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    const events = record(el);
    let answer = el.ask();
    el.close();
    expect(await answer).to.deep.equal({ confirmed: false });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);

    answer = el.ask();
    await el.updateComplete;
    el.open = false;
    await el.updateComplete;
    expect(await answer).to.deep.equal({ confirmed: false });
    expect(events, 'no user action, no event').to.have.length(0);
  });

  it('a second ask() answers the first with confirmed:false and keeps the dialog open', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    const first = el.ask({ heading: 'First' });
    await el.updateComplete;
    const second = el.ask({ heading: 'Second' });
    expect(await first).to.deep.equal({ confirmed: false });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(part(el, 'heading')!.textContent).to.equal('Second');
    confirmButton(el).click();
    expect(await second).to.deep.equal({ confirmed: true });
  });

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

  it('countWords counts whitespace-separated words, and words in scripts without spaces', () => {
    expect(countWords('')).to.equal(0);
    expect(countWords('   ')).to.equal(0);
    expect(countWords(' one\ttwo\n three  ')).to.equal(3);
    expect(countWords("don't well-being")).to.equal(2);
    expect(countWords('我喜欢学习', 'zh')).to.be.greaterThan(1);
    expect(countWords('hello 世界', 'zh')).to.be.at.least(2);
  });

  it('removing the element while open answers ask() with confirmed:false, fires nothing, does not throw', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="trigger" type="button">Reject</button>
        <confirm-dialog heading="Reject"></confirm-dialog>
      </div>`,
    );
    const trigger = wrapper.querySelector<HTMLButtonElement>('#trigger')!;
    const el = wrapper.querySelector('confirm-dialog')!;
    const events = record(el);
    trigger.focus();
    const answer = el.ask();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(() => el.remove()).not.to.throw();
    expect(await answer).to.deep.equal({ confirmed: false });
    expect(events).to.have.length(0);
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(trigger);
    expect(dialog(el).open).to.equal(false);

    // Put back: stays closed, and can open again.
    wrapper.append(el);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    await opened(el);
    expect(dialog(el).matches(':modal')).to.equal(true);
    el.close();
  });

  it('opens when open is set before connecting; removal before the first update does not throw', async () => {
    const el = document.createElement('confirm-dialog');
    el.heading = 'Early';
    el.open = true;
    document.body.append(el);
    await el.updateComplete;
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(part(el, 'heading')!.textContent).to.equal('Early');
    el.remove();

    const early = document.createElement('confirm-dialog');
    const answer = early.ask();
    expect(() => {
      document.body.append(early);
      early.remove();
    }).not.to.throw();
    await aTimeout(0);
    early.close();
    expect(await answer).to.deep.equal({ confirmed: false });
  });

  it('falls back to a localized heading so the dialog always has a name', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog></confirm-dialog>`);
    await opened(el);
    expect(part(el, 'heading')!.textContent).to.equal('Confirm');
    expect(dialog(el).hasAttribute('aria-describedby')).to.equal(false);
    expect(part(el, 'message')).to.equal(null);
    el.close();
  });

  it('animates in, but not with prefers-reduced-motion', async () => {
    const el = await fixture<ConfirmDialog>(html`<confirm-dialog heading="Motion"></confirm-dialog>`);
    await opened(el);
    expect(getComputedStyle(dialog(el)).animationName).to.not.equal('none');
    el.close();
    await emulateMedia({ reducedMotion: 'reduce' });
    await opened(el);
    expect(getComputedStyle(dialog(el)).animationName).to.equal('none');
    expect(getComputedStyle(dialog(el), '::backdrop').animationName).to.equal('none');
    el.close();
  });

  it('styles the backdrop through a token', async () => {
    const el = await fixture<ConfirmDialog>(
      html`<confirm-dialog style="--mr-color-backdrop: rgb(1, 2, 3)" heading="Backdrop"></confirm-dialog>`,
    );
    await opened(el);
    expect(getComputedStyle(dialog(el), '::backdrop').backgroundColor).to.equal('rgb(1, 2, 3)');
    el.close();
  });

  it('is accessible (axe) when open, without and with a reason field', async () => {
    const plain = await fixture<ConfirmDialog>(
      html`<confirm-dialog
        heading="Reject message request"
        message="Are you sure?"
        tone="danger"
      ></confirm-dialog>`,
    );
    await opened(plain);
    await animationsDone(plain);
    await expect(plain).to.be.accessible();
    plain.close();

    const withReason = await fixture<ConfirmDialog>(
      html`<confirm-dialog
        heading="Reject session request"
        message="Are you sure you want to reject this session request?"
        tone="danger"
        with-reason
        reason-max-words="3"
      ></confirm-dialog>`,
    );
    await opened(withReason);
    await animationsDone(withReason);
    await expect(withReason).to.be.accessible();
    await typeReason(withReason, 'far too many words here');
    expect(confirmButton(withReason).disabled).to.equal(true);
    await animationsDone(withReason);
    await expect(withReason).to.be.accessible();
    withReason.close();
  });
});
