/**
 * <session-request-detail>, the meeting link form as a new user meets it (issue 16, point 6): a pasted
 * Zoom link fills the meeting ID, required fields are marked, Save is never silently disabled, errors
 * show while typing, the saved ID and passcode (masked, with Show) are shown, and the section's heading
 * outranks the field labels.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import { $, $$, button, text } from '../detail-helpers.js';
import { calls, editForm, memory, openForm, zoomLink } from './support.js';

// The link of the issue, with Zoom's `pwd`: Zoom's encryption of the passcode, not the passcode itself.
const PASTED = 'https://us02web.zoom.us/j/85123456789?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ012345.1';
const input = (el: Element, name: string) => $<HTMLInputElement>(el, `input[name="${name}"]`)!;
const save = (el: Element) => $<HTMLButtonElement>(el, 'form button[type="submit"]')!;
const describedBy = (el: Element, control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => $(el, `#${id}`)!.textContent!.trim());

/** Types as a user does (an input event, no blur): the field keeps focus. */
async function typeOnly(el: SessionRequestDetail, name: string, value: string): Promise<void> {
  const field = input(el, name);
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('<session-request-detail> meeting link form, first hour', function () {
  // Three axe runs in the first test: room for a loaded machine.
  this.timeout(30000);
  it('a pasted Zoom link picks Zoom and fills the meeting ID; Save asks for the passcode; the saved ID and masked passcode show', async () => {
    const adapter = memory();
    const el = await openForm(adapter);
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('google-meet');
    await typeOnly(el, 'url', PASTED);
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('zoom');
    const id = input(el, 'meetingId');
    expect(id.value).to.equal('85123456789');
    expect(describedBy(el, id)).to.deep.equal(['Taken from the link.']);
    // Zoom's pwd cannot be decoded into the passcode (it is encrypted): the passcode stays to be typed.
    expect(input(el, 'passcode').value).to.equal('');
    expect(describedBy(el, input(el, 'passcode'))).to.deep.equal([
      "The passcode in Zoom's invitation, for joining with the meeting ID.",
    ]);

    expect(save(el).disabled).to.equal(false);
    save(el).click();
    await waitUntil(() => el.shadowRoot!.activeElement === input(el, 'passcode'), 'focus on the passcode');
    expect(input(el, 'passcode').getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, input(el, 'passcode'))).to.include('This field is required.');
    expect(calls(adapter, 'setMeetingLink')).to.have.length(0);
    await expect(el).to.be.accessible();

    await typeOnly(el, 'passcode', 'k9Tz42');
    save(el).click();
    await waitUntil(() => $(el, 'a[part="link"]'));
    expect(calls(adapter, 'setMeetingLink')[0]!.args[1]).to.deep.equal({
      platform: 'zoom',
      url: PASTED,
      meetingId: '85123456789',
      passcode: 'k9Tz42',
    });
    const details = $(el, '.meeting-details')!;
    expect(details.querySelector('dt')!.textContent).to.equal('Meeting ID');
    expect(details.textContent).to.contain('85123456789');
    expect(details.textContent).not.to.contain('k9Tz42');
    expect(details.textContent).to.contain('hidden');
    const show = button(el, 'Show passcode')!;
    expect(show.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
    show.click();
    await el.updateComplete;
    expect(details.textContent).to.contain('k9Tz42');
    expect(show.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('a meeting ID the user typed is never replaced by the link; choosing Zoom afterwards fills an empty one', async () => {
    const el = await openForm();
    await typeOnly(el, 'url', 'https://zoom.us/j/99988877766');
    await typeOnly(el, 'meetingId', '123 456 7890');
    await typeOnly(el, 'url', PASTED);
    expect(input(el, 'meetingId').value).to.equal('123 456 7890');

    const other = await openForm();
    await typeOnly(other, 'url', 'https://zoom.us.evil.example/j/85123456789');
    const select = $<HTMLSelectElement>(other, 'select')!;
    expect(select.value).to.equal('google-meet');
    await typeOnly(other, 'url', 'https://zoom.us/my/asha.rao');
    expect(select.value).to.equal('zoom');
    expect(input(other, 'meetingId').value).to.equal('');
  });

  it("editing a Zoom link: a new link brings its own meeting ID in place of the old link's", async () => {
    const el = await editForm(zoomLink('99988877766'));
    await typeOnly(el, 'url', PASTED);
    expect(input(el, 'meetingId').value).to.equal('85123456789');
    expect(input(el, 'passcode').value).to.equal('pw');
  });

  it('errors show while typing after a pause, without leaving the field', async () => {
    const el = await openForm();
    await typeOnly(el, 'url', 'https://meet.google.com.evil.example/abc');
    const url = input(el, 'url');
    // Not on every keystroke...
    expect(url.getAttribute('aria-invalid')).to.equal('false');
    // ...but once typing pauses, with focus still in the field.
    await waitUntil(() => url.getAttribute('aria-invalid') === 'true', 'no error after the pause', {
      timeout: 1500,
    });
    expect(el.shadowRoot!.activeElement).to.equal(url);
    expect(describedBy(el, url)).to.deep.equal(['Enter a Google Meet link.']);
    // A checked field follows the typing at once.
    await typeOnly(el, 'url', 'https://meet.google.com/abc-defg-hij');
    expect(url.getAttribute('aria-invalid')).to.equal('false');
  });

  it('Save is never disabled: an empty form says what is missing and focuses the first field to fix', async () => {
    const adapter = memory();
    const el = await openForm(adapter);
    expect(save(el).disabled).to.equal(false);
    save(el).click();
    const url = input(el, 'url');
    await waitUntil(() => el.shadowRoot!.activeElement === url, 'focus on the link');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, url)).to.deep.equal(['This field is required.']);
    expect($(el, '#link-url-error')!.getAttribute('role')).to.equal('alert');
    expect(calls(adapter, 'setMeetingLink')).to.have.length(0);
  });

  it('marks the required fields, visually and for assistive technology', async () => {
    const el = await openForm();
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'zoom';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const controls = [select, ...$$<HTMLInputElement>(el, 'form input')];
    expect(controls.map((c) => c.required)).to.deep.equal([true, true, true, true]);
    for (const control of controls) {
      const label = $(el, `label[for="${control.id}"]`)!;
      const mark = label.querySelector('.required')!;
      expect(mark.textContent).to.equal('*');
      expect(mark.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(mark).color).to.not.equal(getComputedStyle(label).color);
    }
    expect(text(el)).to.contain('Fields marked * are required.');
    await expect(el).to.be.accessible();
  });

  it('the "Meeting link" heading outranks its field labels: a heading one level below the detail\'s, larger and bolder', async () => {
    const el = await openForm();
    const heading = $(el, '#link-heading')!;
    expect(heading.localName).to.equal('h3');
    expect($(el, '#heading')!.localName).to.equal('h2');
    expect(heading.textContent).to.equal('Meeting link');
    expect($(el, '.link-section')!.getAttribute('aria-labelledby')).to.equal('link-heading');
    const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    const weight = (e: Element) => Number(getComputedStyle(e).fontWeight);
    for (const label of $$(el, 'form label')) {
      expect(size(heading), label.textContent!).to.be.above(size(label));
      expect(weight(heading), label.textContent!).to.be.at.least(weight(label));
    }
  });

  it('the pause timer does not outlive Cancel (no error appears on a closed form)', async () => {
    const el = await openForm();
    await typeOnly(el, 'url', 'nonsense');
    button(el, 'Cancel')!.click();
    await aTimeout(700);
    expect($(el, 'form')).to.equal(null);
    button(el, 'Add link')!.click();
    await waitUntil(() => $(el, 'form'));
    expect(input(el, 'url').value).to.equal('');
    expect(input(el, 'url').getAttribute('aria-invalid')).to.equal('false');
  });

  it('the pause timer does not outlive the element: removed mid-typing, it does no more work', async () => {
    const el = await openForm();
    await typeOnly(el, 'url', 'nonsense');
    const parent = el.parentElement!;
    el.remove();
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => {
      updates++;
      original(...args);
    };
    await aTimeout(700);
    expect(updates, 'no check ran on the detached element').to.equal(0);
    el.requestUpdate = original;
    parent.append(el);
    await el.updateComplete;
    expect(input(el, 'url').value, 'the typed text is still there').to.equal('nonsense');
  });
});
