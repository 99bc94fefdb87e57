/** <confirm-dialog>: removed while open, and opened or removed before its first update. */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { dialog, opened, part, record } from './support.js';

describe('<confirm-dialog>', () => {
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
});
