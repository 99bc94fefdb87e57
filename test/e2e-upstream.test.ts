/**
 * End to end against the emulation in its upstream-true mode (ELEVATE-Project/mentoring master aa52d89e;
 * docs/mentored-api.md): <requests-page> or a detail + the real MentorEdAdapter (fetch) + the MSW
 * emulation in a service worker, run twice: with `request_type` in list rows (June 2025 on) and
 * without (older deployments). getDetails never has it (services/requestSessions.js `getInfo`), which
 * once turned an accepted request into "Sent" and hid Add link while every test passed.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './support/define-all.js';
import { MentorEdAdapter } from '../src/adapters/mentored/mentored-adapter.js';
import type { RequestsPage } from '../src/elements/requests-page/requests-page.js';
import type { SessionRequestDetail } from '../src/elements/session-request-detail/session-request-detail.js';
import type { MentorEdDb, MentorEdDbOptions, MentorEdHandlersOptions } from '../src/mocks/index.js';
import { MENTORED_BASE_URL as baseUrl, useMentorEdWorker } from './support/mentored-emulation.js';
import { cards, inDetail, tabsOf, type Lit } from './support/page-helpers.js';

const emulation = useMentorEdWorker();
const serve = (options: MentorEdDbOptions, handlers: Omit<MentorEdHandlersOptions, 'baseUrl' | 'db'> = {}) =>
  emulation.serve({ seed: 11, sessionRequests: 16, messageRequests: 4, ...options }, handlers);

/**
 * The adapter calls of this file still running. A test can end with calls of its own on the way: after a
 * session accept the store reads the counts again (docs/store.md, "The count policy") and nothing waits
 * for that read, and unmounting the page does not stop it (the counts are the store's). Landing on the
 * next test's server (`serve` swaps the handlers), it would count there: "250 pending" expects exactly one
 * requestSessions/list call. So every test waits for its calls to end before the next one starts.
 */
const running = new Set<Promise<unknown>>();
function tracked(target: MentorEdAdapter): MentorEdAdapter {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(obj, args);
        if (result instanceof Promise) {
          running.add(result);
          void result.finally(() => running.delete(result)).catch(() => undefined);
        }
        return result;
      };
    },
  });
}
afterEach(async () => {
  await waitUntil(() => running.size === 0, `${running.size} adapter calls still running`, {
    timeout: 5000,
  });
});

const adapter = () =>
  tracked(new MentorEdAdapter({ baseUrl, token: 'e2e', timeZone: 'Asia/Kolkata', language: 'en' }));
const calls = (db: MentorEdDb, endpoint: string) => db.calls.filter((c) => c.endpoint === endpoint);
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function standalone(id: string): Promise<SessionRequestDetail> {
  const el = await fixture<SessionRequestDetail>(
    html`<session-request-detail
      .adapter=${adapter()}
      request-id=${id}
      time-zone="Asia/Kolkata"
    ></session-request-detail>`,
  );
  await waitUntil(() => shadow(el, '.meta'), 'the detail did not load', { timeout: 5000 });
  return el;
}

for (const listRequestType of [true, false]) {
  describe(`e2e, upstream-true emulation, list ${listRequestType ? 'with' : 'without'} request_type`, () => {
    it('deep link (open-id) offers Accept / Reject; Accept keeps "Received", shows Add link and focuses it', async () => {
      const db = serve({ listRequestType });
      const id = db.pendingReceivedSessionIds()[0]!;
      const page = await fixture<RequestsPage>(
        html`<requests-page
          .adapter=${adapter()}
          tab="session"
          open-id=${id}
          time-zone="Asia/Kolkata"
        ></requests-page>`,
      );
      await waitUntil(
        () => inDetail(page, '[part~="accept-button"]'),
        'no Accept on the deep-linked request',
        {
          timeout: 5000,
        },
      );
      expect(calls(db, 'requestSessions/getDetails').length).to.be.greaterThan(0);
      expect(inDetail(page, '[part~="reject-button"]')).to.not.equal(null);
      expect(inDetail(page, '.direction')!.textContent!.trim()).to.equal('Received');
      inDetail<HTMLButtonElement>(page, '[part~="accept-button"]')!.focus();
      const accepted = oneEvent(page, 'request-accepted');
      inDetail<HTMLButtonElement>(page, '[part~="accept-button"]')!.click();
      await accepted;
      expect(db.sessionRequest(id)!.status).to.equal('ACCEPTED');
      await waitUntil(() => inDetail(page, '[part~="link-button"]'), 'no Add link after accepting');
      expect(inDetail(page, '.direction')!.textContent!.trim()).to.equal('Received');
      const detail = page.shadowRoot!.querySelector('session-request-detail')!;
      await waitUntil(
        () => detail.shadowRoot!.activeElement?.matches('[part~="link-button"]'),
        'Add link not focused',
      );
    });

    it('a request opened after a reload (request-id alone) can be answered', async () => {
      const db = serve({ listRequestType });
      const id = db.pendingReceivedSessionIds()[1]!;
      const el = await standalone(id);
      expect(calls(db, 'requestSessions/getDetails').length).to.be.greaterThan(0);
      await waitUntil(() => shadow(el, '[part~="accept-button"]'), 'no Accept after a reload');
      const accepted = oneEvent(el, 'request-accepted');
      shadow(el, '[part~="accept-button"]')!.click();
      expect((await accepted).detail.request.direction).to.equal('received');
    });

    it('tab counts are right with 250 pending requests', async () => {
      const db = serve({ listRequestType, sessionRequests: 0, messageRequests: 0 });
      for (let i = 0; i < 250; i++) db.addSessionRequest();
      const page = await fixture<RequestsPage>(html`<requests-page .adapter=${adapter()}></requests-page>`);
      await waitUntil(() => cards(page).length > 0, 'the list did not load', { timeout: 5000 });
      await waitUntil(() => tabsOf(page).sessionCount === 250, `count ${tabsOf(page).sessionCount}, not 250`);
      expect(calls(db, 'requestSessions/list').filter((c) => !c.url.includes('pageNo'))).to.have.length(1);
    });
  });
}

describe('e2e, upstream-true emulation: refusals', () => {
  it('refuses a 256-character reason in the dialog with a message, and sends nothing', async () => {
    const db = serve({});
    const el = await standalone(db.pendingReceivedSessionIds()[0]!);
    shadow(el, '[part~="reject-button"]')!.click();
    const dialog = el.shadowRoot!.querySelector('confirm-dialog') as Lit;
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the dialog did not open');
    const box = dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    box.value = 'x'.repeat(256);
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await dialog.updateComplete;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(dialog.shadowRoot!.textContent).to.match(/255 characters/);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
    await dialog.updateComplete;
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    expect(calls(db, 'requestSessions/reject')).to.have.length(0);
  });

  it('PERMISSION_DENIED (a role without the permission) says "not allowed", without Retry', async () => {
    const db = serve({}, { denied: ['requestSessions/getDetails'] });
    const el = await fixture<SessionRequestDetail>(
      html`<session-request-detail
        .adapter=${adapter()}
        request-id=${db.pendingReceivedSessionIds()[0]!}
      ></session-request-detail>`,
    );
    const error = oneEvent(el, 'request-error');
    expect((await error).detail.error.kind).to.equal('forbidden');
    await el.updateComplete;
    await waitUntil(
      () => /not allowed|permission/i.test(el.shadowRoot!.textContent ?? ''),
      'no "not allowed"',
    );
    expect(
      [...el.shadowRoot!.querySelectorAll('button')].some((b) => /retry/i.test(b.textContent ?? '')),
    ).to.equal(false);
  });

  it('an edit-window refusal of the link shows the server sentence', async () => {
    const db = serve({ sessionEditWindowMinutes: 60 * 24 * 365 });
    const id = db.pendingReceivedSessionIds()[0]!;
    db.acceptElsewhere(id);
    const el = await standalone(id);
    await waitUntil(() => shadow(el, '[part~="link-button"]'), 'no Add link');
    shadow(el, '[part~="link-button"]')!.click();
    await waitUntil(() => shadow(el, '#link-url'));
    const url = shadow(el, '#link-url') as HTMLInputElement;
    url.value = 'https://meet.google.com/abc-defg-hij';
    url.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const failed = oneEvent(el, 'request-error');
    shadow(el, '[part~="save-button"]')!.click();
    expect((await failed).detail.action).to.equal('link');
    await waitUntil(
      () =>
        (el.shadowRoot!.textContent ?? '').includes('Session editing is only allowed up to 525600 minutes'),
      'the server sentence is not shown',
    );
  });

  it('a stored http link shows as text with a warning, never a link', async () => {
    const db = serve({});
    const id = db.pendingReceivedSessionIds()[0]!;
    db.acceptElsewhere(id);
    const session = db.sessions.find((s) => s.id === db.sessionRequest(id)!.session_id)!;
    session.meeting_info = { platform: 'Zoom', value: 'Zoom', link: 'http://zoom.us/j/123456789', meta: {} };
    const el = await standalone(id);
    await waitUntil(
      () => (el.shadowRoot!.textContent ?? '').includes('http://zoom.us/j/123456789'),
      'link text not shown',
    );
    expect(el.shadowRoot!.querySelector('a[href^="http://"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.include('This link is not https or is not a platform we support');
    expect(el.shadowRoot!.textContent).to.not.include('No meeting link yet');
    expect(shadow(el, '[part~="link-button"]')).to.not.equal(null);
  });
});
