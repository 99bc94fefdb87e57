/**
 * The reject reasons and the proposal with the keyboard only: from Reject to the rejected event, picking a
 * reason, opening the proposal, changing and adding a time, writing it in, typing, confirming.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RequestRejectedEvent } from '../../src/events.js';
import { $, record, session } from '../detail-helpers.js';
import { given, memory, withCapabilities } from '../session-request-detail/support.js';
import { MENTORED_LIMITS, field, opened } from './support.js';

/** The focused element, inside shadow roots. */
function focused(): HTMLElement {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement;
}

/** Presses `key` (with modifiers: "Shift+Tab") `times` times. */
const press = async (key: string, times = 1) => {
  const keys = key.split('+');
  const main = keys.pop()!;
  for (let i = 0; i < times; i++) {
    for (const modifier of keys) await sendKeys({ down: modifier });
    await sendKeys({ press: main });
    for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
  }
};

/** Tabs through the parts of the date or time field `id` until focus leaves it. */
async function tabOutOf(id: string): Promise<void> {
  for (let i = 0; i < 10 && focused().id === id; i++) await press('Tab');
  expect(focused().id).not.to.equal(id);
}

describe('reject reasons: keyboard only', () => {
  it('picks a reason, proposes two times, writes them in, types and rejects without a pointer', async () => {
    const el = await given(session('s1'), withCapabilities(memory(), MENTORED_LIMITS));
    const rec = record('request-rejected');
    $<HTMLButtonElement>(el, '[part~="reject-button"]')!.focus();
    await press('Enter');
    const dialog = await opened(el);
    // The dialog starts on Cancel; the reasons come before the reason field.
    expect(focused().getAttribute('part')).to.include('cancel-button');
    await press('Shift+Tab');
    expect(focused()).to.equal(field(dialog));
    await press('Shift+Tab');
    expect(focused().textContent!.trim()).to.equal('Propose another time');
    await press('Shift+Tab', 2);
    expect(focused().textContent!.trim()).to.equal('This topic is outside my expertise.');
    await press('Space');
    await el.updateComplete;
    expect(field(dialog).value).to.equal('This topic is outside my expertise.');
    expect(focused().getAttribute('aria-pressed')).to.equal('true');

    await press('Tab', 2);
    await press('Enter');
    await el.updateComplete;
    expect(focused().getAttribute('aria-expanded')).to.equal('true');
    // The first time's date field: month, then day (one day later with ArrowUp).
    await press('Tab');
    expect(focused().id).to.equal('rr-date-0');
    await press('ArrowRight');
    await press('ArrowUp');
    await el.updateComplete;
    expect((focused() as HTMLInputElement).value).to.equal('2037-12-06');
    // Through the date's and the time's parts (Tab moves from month to day…) to "Add another time".
    await tabOutOf('rr-date-0');
    expect(focused().id).to.equal('rr-time-0');
    await tabOutOf('rr-time-0');
    expect(focused().textContent!.trim()).to.equal('Add another time');
    await press('Enter');
    await el.updateComplete;
    expect(focused().id).to.equal('rr-date-1');
    expect((focused() as HTMLInputElement).value).to.equal('2037-12-07');
    // Past the new time's fields and its Remove, past "Add another time", to "Add to reason".
    await tabOutOf('rr-date-1');
    await tabOutOf('rr-time-1');
    expect(focused().getAttribute('aria-label')).to.equal('Remove option 2');
    await press('Tab', 2);
    expect(focused().textContent!.trim()).to.equal('Add to reason');
    await press('Enter');
    await el.updateComplete;
    const sentence =
      'Could we meet instead on Sun, Dec 6, 4:00 PM (UTC+05:30) or Mon, Dec 7, 4:00 PM (UTC+05:30)?';
    expect(field(dialog).value).to.equal(`This topic is outside my expertise. ${sentence}`);

    // Into the reason field, typing at its end; then Reject.
    await press('Tab');
    expect(focused()).to.equal(field(dialog));
    await press('Control+End');
    await sendKeys({ type: ' Thanks.' });
    await press('Tab', 2);
    expect(focused().getAttribute('part')).to.include('confirm-button');
    await press('Enter');
    await waitUntil(() => rec.events.length === 1, 'no request-rejected');
    rec.stop();
    expect((rec.events[0] as RequestRejectedEvent).detail.reason).to.equal(
      `This topic is outside my expertise. ${sentence} Thanks.`,
    );
  });

  it('Escape in a proposed time cancels the dialog as anywhere in it', async () => {
    const el = await given(session('s1'));
    $<HTMLButtonElement>(el, '[part~="reject-button"]')!.focus();
    await press('Enter');
    const dialog = await opened(el);
    $<HTMLButtonElement>(el, '[part~="dialog-propose-button"]')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#rr-date-0')!.focus();
    await press('Escape');
    await waitUntil(() => !dialog.open, 'the dialog stayed open');
    // Focus goes back to Reject.
    expect(focused().getAttribute('part')).to.include('reject-button');
  });
});
