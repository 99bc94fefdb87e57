/**
 * Issue 16, points 8 and 9, the meeting link form of <session-request-detail>: a save that takes more
 * than 400 ms reads "Saving…" (a quick one never changes the label), and offline Save is disabled with
 * the reason, working again once back online.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import { $, TZ, button, goOffline, session } from '../detail-helpers.js';

const accepted = () => session('s1', { status: 'accepted', sessionId: 'session-s1' });
const LINK = 'https://meet.google.com/abc-defg-hij';

async function formWith(adapter: MemoryAdapter): Promise<SessionRequestDetail> {
  const el = await fixture<SessionRequestDetail>(
    html`<session-request-detail
      .adapter=${adapter}
      .request=${accepted()}
      time-zone=${TZ}
    ></session-request-detail>`,
  );
  button(el, 'Add link')!.click();
  await waitUntil(() => $(el, 'form'));
  const url = $<HTMLInputElement>(el, 'input[name="url"]')!;
  url.value = LINK;
  url.dispatchEvent(new Event('input'));
  url.dispatchEvent(new Event('blur'));
  await el.updateComplete;
  return el;
}

const save = (el: Element) => $<HTMLButtonElement>(el, 'form button[type="submit"]')!;

describe('first hour: the meeting link form, slow and offline (points 8 and 9)', () => {
  afterEach(() => delete (navigator as unknown as Record<string, unknown>).onLine);

  it('a save slower than 400 ms reads "Saving…", announced once; a quick one keeps "Save"', async () => {
    const adapter = new MemoryAdapter({ sessionRequests: [accepted()], messageRequests: [] });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const setMeetingLink = adapter.setMeetingLink.bind(adapter);
    adapter.setMeetingLink = async (...args) => {
      await gate;
      return setMeetingLink(...args);
    };
    const el = await formWith(adapter);
    save(el).click();
    await aTimeout(250);
    expect(save(el).textContent!.trim()).to.equal('Save');
    expect(save(el).disabled).to.equal(true);
    await waitUntil(() => save(el).textContent!.trim() === 'Saving…', 'never said Saving…', {
      timeout: 1000,
    });
    expect($(el, '[role="status"]')!.textContent).to.equal('Saving…');
    open();
    await waitUntil(() => el.request!.meetingLink?.url === LINK);

    const quick = await formWith(
      new MemoryAdapter({ sessionRequests: [accepted()], messageRequests: [], latencyMs: 100 }),
    );
    const labels: string[] = [];
    const observer = new MutationObserver(() => labels.push(save(quick)?.textContent?.trim() ?? ''));
    observer.observe(quick.shadowRoot!, { subtree: true, childList: true, characterData: true });
    save(quick).click();
    await waitUntil(() => quick.request!.meetingLink?.url === LINK);
    observer.disconnect();
    expect(labels).not.to.include('Saving…');
  });

  it('offline, Save is disabled with the reason and saves nothing; back online it saves', async () => {
    const adapter = new MemoryAdapter({ sessionRequests: [accepted()], messageRequests: [] });
    const el = await formWith(adapter);
    goOffline();
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(save(el).getAttribute('aria-disabled')).to.equal('true');
    expect($(el, `#${save(el).getAttribute('aria-describedby')}`)!.textContent).to.contain(
      'You are offline.',
    );
    save(el).click();
    await aTimeout(20);
    expect(adapter.calls.map((c) => c.method)).not.to.include('setMeetingLink');
    delete (navigator as unknown as Record<string, unknown>).onLine;
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(save(el).hasAttribute('aria-disabled')).to.equal(false);
    save(el).click();
    await waitUntil(() => el.request!.meetingLink?.url === LINK);
  });
});
