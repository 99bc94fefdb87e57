/**
 * The page of the strict-CSP test (issue 5, item 8), loaded by csp.test.ts into an iframe whose document
 * carries `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:`.
 * It runs the elements through their states with the MentorEdAdapter (its calls are answered by the MSW
 * emulation the test page started: MSW's worker serves an iframe through its top-level client), records
 * every `securitypolicyviolation`, and posts the result to the parent. Server-side moves (a fault) are
 * asked of the parent by message.
 */
import '../../support/define-all.js';
import { MentorEdAdapter } from '../../../src/adapters/mentored/mentored-adapter.js';
import type { RequestsPage } from '../../../src/elements/requests-page/requests-page.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

const violations: Violation[] = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) => violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
  true,
);

const steps: string[] = [];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function until(test: () => unknown, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  steps.push(what);
}

/** Asks the test page to change its emulated server, and waits until it has. */
function server(op: string, ...args: unknown[]): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type !== 'csp-db-done') return;
      window.removeEventListener('message', onMessage);
      resolve();
    };
    window.addEventListener('message', onMessage);
    parent.postMessage({ type: 'csp-db', op, args }, '*');
  });
}

async function run(): Promise<void> {
  // An about:srcdoc document has the test page's origin, but `location.origin` reads "null": use its base URL.
  const baseUrl = `${new URL(document.baseURI).origin}/mentoring/v1`;
  const page = document.createElement('requests-page') as RequestsPage;
  page.adapter = new MentorEdAdapter({ baseUrl, token: 'csp-token', timeZone: 'UTC', language: 'en' });
  page.pageSize = 5;
  document.body.append(page);
  const root = page.shadowRoot!;
  const detail = () =>
    root.querySelector('session-request-detail, message-request-detail') as HTMLElement | null;
  const inDetail = (selector: string) => detail()?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

  await until(() => root.querySelectorAll('.card:not(.skeleton)').length > 0, 'list loaded');
  const actionable = () =>
    Array.from(root.querySelectorAll<HTMLElement>('.card'))
      .filter((c) => c.querySelector('button.open.primary'))
      .map((c) => c.dataset.id!);
  const first = actionable()[0]!;
  // Open a received session request and accept it.
  root.querySelector<HTMLElement>(`.card[data-id="${first}"] button`)!.click();
  await until(() => inDetail('[part~="accept-button"]'), 'detail opened');
  inDetail('[part~="accept-button"]')!.click();
  await until(() => inDetail('.link-section .button'), 'accepted');
  // Add a meeting link: the form, then the link.
  inDetail('.link-section .button')!.click();
  await until(() => inDetail('#link-url'), 'link form');
  const url = inDetail('#link-url') as HTMLInputElement;
  url.value = 'https://meet.google.com/abc-defg-hij';
  url.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await frame();
  (inDetail('form.link-form') as HTMLFormElement).requestSubmit();
  await until(() => inDetail('a.join'), 'link saved');
  // Back, open another one, open the reject dialog and cancel it.
  root.querySelector<HTMLButtonElement>('.back')!.click();
  await until(() => !detail(), 'back to the list');
  const second = actionable()[0]!;
  root.querySelector<HTMLElement>(`.card[data-id="${second}"] button`)!.click();
  await until(() => inDetail('[part~="reject-button"]'), 'second detail');
  inDetail('[part~="reject-button"]')!.click();
  const dialog = () => inDetail('confirm-dialog')?.shadowRoot?.querySelector('dialog');
  await until(() => dialog()?.open, 'reject dialog open');
  dialog()!.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
  await until(() => !dialog()?.open, 'reject dialog closed');
  root.querySelector<HTMLButtonElement>('.back')!.click();
  await until(() => !detail(), 'back again');
  // Load more, the message tab, a message detail, an error state with Retry.
  root.querySelector<HTMLButtonElement>('.load-more')?.click();
  await frame();
  const tabs = root.querySelector('request-tabs')!.shadowRoot!;
  tabs.querySelector<HTMLButtonElement>('#tab-message')!.click();
  await until(
    () => page.tab === 'message' && root.querySelectorAll('.card:not(.skeleton)').length > 0,
    'message tab',
  );
  root.querySelector<HTMLElement>('.card:not(.skeleton) button')!.click();
  await until(() => inDetail('.bubble'), 'message detail');
  root.querySelector<HTMLButtonElement>('.back')!.click();
  await until(() => !detail(), 'back from message');
  await server('failNext', 'connections/pending', 500);
  root.querySelector<HTMLButtonElement>('.refresh')!.click();
  await until(() => root.querySelector('.error .retry'), 'error state');
  root.querySelector<HTMLButtonElement>('.error .retry')!.click();
  await until(() => !root.querySelector('.error'), 'retried');
  await frame();
  await frame();
}

async function control(): Promise<boolean> {
  // A deliberate violation (img-src has no http:), to prove the listener works here.
  const before = violations.length;
  const img = document.createElement('img');
  img.src = 'http://insecure.example/pixel.png';
  document.body.append(img);
  const end = performance.now() + 3000;
  while (violations.length === before && performance.now() < end) await new Promise((r) => setTimeout(r, 20));
  const seen = violations.length > before;
  violations.splice(before);
  img.remove();
  return seen;
}

run().then(
  async () => {
    const violationsDuringRun = [...violations];
    const controlSeen = await control();
    parent.postMessage({ type: 'csp-result', violations: violationsDuringRun, steps, controlSeen }, '*');
  },
  (error: unknown) =>
    parent.postMessage(
      { type: 'csp-result', error: String(error), violations: [...violations], steps, controlSeen: false },
      '*',
    ),
);
