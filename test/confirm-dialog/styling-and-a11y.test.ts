/** <confirm-dialog>: tone colours, the backdrop token, motion (and reduced motion), and axe. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ConfirmDialog } from '../../src/elements/confirm-dialog/confirm-dialog.js';
import { animationsDone, confirmButton, dialog, opened, typeReason } from './support.js';

describe('<confirm-dialog>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
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
