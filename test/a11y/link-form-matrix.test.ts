/**
 * axe and contrast in the meeting link states of issue 16 (points 6 and 9), in every theme, direction
 * and language of the matrix: a pasted Zoom link with its filled meeting ID, hints, required marks and
 * an error after Save; a saved Zoom link with the passcode masked and shown; a draft brought back.
 */
import { waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../support/define-all.js';
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { MeetingLink } from '../../src/model/request.js';
import { TZ, session } from '../detail-helpers.js';
import {
  ALL_VARIANTS,
  expectAccessible,
  loadLocalesBefore,
  themed,
  variantName,
  type Variant,
} from './helpers.js';

const ZOOM: MeetingLink = {
  platform: 'zoom',
  url: 'https://us02web.zoom.us/j/85123456789?pwd=aBcDeFgH.1',
  meetingId: '85123456789',
  passcode: 'k9Tz42',
};

const q = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);

async function detail(v: Variant, meetingLink?: MeetingLink, adapter?: MemoryAdapter) {
  const request = session('s1', {
    status: 'accepted',
    sessionId: 'x',
    ...(meetingLink ? { meetingLink } : {}),
  });
  const own = adapter ?? new MemoryAdapter({ sessionRequests: [request], messageRequests: [] });
  const r = await themed<SessionRequestDetail>(
    html`<session-request-detail .adapter=${own} request-id="s1" time-zone=${TZ}></session-request-detail>`,
    v,
  );
  await waitUntil(() => q(r.el, '.link-section'), 'no link section');
  return { ...r, adapter: own };
}

async function typeUrl(el: SessionRequestDetail, value: string): Promise<void> {
  q<HTMLButtonElement>(el, '[part~="link-button"]')!.click();
  await waitUntil(() => q(el, 'form'));
  const input = q<HTMLInputElement>(el, '#link-url')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

const STATES: { name: string; render: (v: Variant) => Promise<{ wrapper: HTMLElement }> }[] = [
  {
    name: 'pasted Zoom link: ID filled, hints, required marks, passcode error after Save',
    render: async (v) => {
      const r = await detail(v);
      await typeUrl(r.el, ZOOM.url);
      q<HTMLButtonElement>(r.el, '[part~="save-button"]')!.click();
      await waitUntil(() => q(r.el, '#link-passcode[aria-invalid="true"]'));
      return r;
    },
  },
  { name: 'saved Zoom link, passcode masked', render: (v) => detail(v, ZOOM) },
  {
    name: 'saved Zoom link, passcode shown',
    render: async (v) => {
      const r = await detail(v, ZOOM);
      q<HTMLButtonElement>(r.el, '[aria-pressed]')!.click();
      await waitUntil(() => q(r.el, '[aria-pressed="true"]'));
      return r;
    },
  },
  {
    name: 'a draft brought back',
    render: async (v) => {
      const first = await detail(v);
      await typeUrl(first.el, 'https://meet.google.com/abc');
      first.wrapper.remove();
      // A new element on the same adapter (so the same store), as after Back.
      const again = await detail(v, undefined, first.adapter);
      await waitUntil(() => q(again.el, 'form .notice'), 'no draft');
      return again;
    },
  },
];

describe('a11y: meeting link form and saved link (issue 16)', function () {
  this.timeout(20000);
  loadLocalesBefore(ALL_VARIANTS);
  for (const variant of ALL_VARIANTS) {
    for (const state of STATES) {
      it(`${variantName(variant)}: ${state.name}`, async function () {
        const { wrapper } = await state.render(variant);
        await expectAccessible(wrapper);
      });
    }
  }
});
