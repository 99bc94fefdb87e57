/**
 * Leaving an unsaved meeting link form with Back keeps the draft (issue 16, point 9): through the real
 * <requests-page> flow (open, type, Back, reopen), per request, for as long as the page keeps its store;
 * Cancel and Save forget it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import { detailOf, openButton, pageWith, root, session } from '../requests-page-fixtures.js';
import { pageHooks } from '../requests-page/support.js';

const DRAFT = 'https://meet.google.com/abc-defg';
const KEPT = 'You have unsaved changes to this link.';

function adapter(): MemoryAdapter {
  return new MemoryAdapter({
    sessionRequests: [
      session(0, { status: 'accepted', sessionId: 'x0' }),
      session(2, { status: 'accepted', sessionId: 'x2' }),
      session(4), // pending: its detail has no link section
    ],
    messageRequests: [],
  });
}

const inDetail = <E extends Element = HTMLElement>(el: RequestsPage, selector: string) =>
  detailOf(el)?.shadowRoot?.querySelector<E>(selector) ?? null;

const buttonInDetail = (el: RequestsPage, label: string) =>
  Array.from(detailOf(el)?.shadowRoot?.querySelectorAll('button') ?? []).find(
    (b) => b.textContent!.trim() === label,
  );

async function open(el: RequestsPage, name: string): Promise<void> {
  openButton(el, name).click();
  await waitUntil(() => inDetail(el, '.link-section'), `${name}'s detail did not open`);
}

async function back(el: RequestsPage): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('.back')!.click();
  await waitUntil(() => !detailOf(el), 'Back did not close the detail');
}

/** Opens the form of the open detail (unless it is open) and types `value` into the link field, as a user does (no blur). */
async function typeLink(el: RequestsPage, value: string): Promise<void> {
  if (!inDetail(el, 'form')) buttonInDetail(el, 'Add link')!.click();
  await waitUntil(() => inDetail(el, 'form'));
  const input = inDetail<HTMLInputElement>(el, 'input[name="url"]')!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await detailOf(el)!.updateComplete;
}

/** A page with Asha Rao's request open and DRAFT typed into its link form (not saved). */
async function draftTyped(): Promise<RequestsPage> {
  const el = await pageWith(adapter());
  await open(el, 'Asha Rao');
  await typeLink(el, DRAFT);
  return el;
}

describe('<requests-page> meeting link draft', () => {
  pageHooks();

  it('open, type, Back, reopen: the form is back with the text, and says it is not saved', async () => {
    const el = await draftTyped();
    await back(el);
    await open(el, 'Asha Rao');
    const input = inDetail<HTMLInputElement>(el, 'input[name="url"]');
    expect(input, 'the form is open again').to.not.equal(null);
    expect(input!.value).to.equal(DRAFT);
    expect(inDetail(el, 'form')!.textContent).to.contain(KEPT);
    // Save is there to finish the job.
    expect(buttonInDetail(el, 'Save')!.disabled).to.equal(false);
    await expect(detailOf(el)!).to.be.accessible();
  });

  it('a draft belongs to its request: another request opens without it', async () => {
    const el = await draftTyped();
    await back(el);
    await open(el, 'Person 2');
    expect(inDetail(el, 'form')).to.equal(null);
    expect(buttonInDetail(el, 'Add link')).to.be.instanceOf(HTMLButtonElement);
    await back(el);
    await open(el, 'Asha Rao');
    expect(inDetail<HTMLInputElement>(el, 'input[name="url"]')!.value).to.equal(DRAFT);
  });

  it('a routing host moves the open detail to a pending request (no link section) and back: the draft comes back', async () => {
    const el = await draftTyped();
    const detail = detailOf(el);
    el.openId = 's4'; // the same detail element shows another request
    await waitUntil(() => buttonInDetail(el, 'Accept'), "Person 4's detail did not show");
    expect(detailOf(el), 'the same element').to.equal(detail);
    expect(inDetail(el, '.link-section')).to.equal(null);
    el.openId = 's0';
    await waitUntil(() => inDetail(el, '.link-section'), "Asha Rao's detail did not show");
    await waitUntil(() => inDetail(el, 'input[name="url"]'), 'the form is open again');
    expect(inDetail<HTMLInputElement>(el, 'input[name="url"]')!.value).to.equal(DRAFT);
  });

  it('Cancel forgets the draft; so does saving the link', async () => {
    const el = await draftTyped();
    buttonInDetail(el, 'Cancel')!.click();
    await waitUntil(() => !inDetail(el, 'form'));
    await back(el);
    await open(el, 'Asha Rao');
    expect(inDetail(el, 'form')).to.equal(null);

    await typeLink(el, 'https://meet.google.com/abc-defg-hij');
    buttonInDetail(el, 'Save')!.click();
    await waitUntil(() => inDetail(el, 'a[part="link"]'), 'not saved');
    await back(el);
    await open(el, 'Asha Rao');
    expect(inDetail(el, 'form')).to.equal(null);
    expect(inDetail(el, 'a[part="link"]')!.getAttribute('href')).to.equal(
      'https://meet.google.com/abc-defg-hij',
    );
  });

  it('typing back what the form opened with leaves no draft', async () => {
    const el = await draftTyped();
    await typeLink(el, '');
    await back(el);
    await open(el, 'Asha Rao');
    expect(inDetail(el, 'form')).to.equal(null);
  });
});
