/**
 * The reject dialog with its reasons, and with a proposal (two times, a time that has passed, a refusal
 * for want of room): axe and our contrast checks in light and dark, left-to-right and right-to-left,
 * English, Hindi and Arabic; and nothing wider than a 320 px phone.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import { $, $$, TZ, session } from '../detail-helpers.js';
import { ALL_VARIANTS, expectAccessible, loadLocalesBefore, themed, variantName } from '../a11y/helpers.js';
import { memory, withCapabilities } from '../session-request-detail/support.js';
import {
  MENTORED_LIMITS,
  chips,
  openReject,
  setSlot,
  settled,
  slotFields,
  typeReason,
  words,
} from './support.js';

async function rendered(v: (typeof ALL_VARIANTS)[number]) {
  const { wrapper, el } = await themed<SessionRequestDetail>(
    html`<session-request-detail
      .adapter=${withCapabilities(memory(), MENTORED_LIMITS)}
      .request=${session('s1')}
      time-zone=${TZ}
    ></session-request-detail>`,
    v,
  );
  return { wrapper, el };
}

/** The proposal open with two times (one passed), a picked reason and too long a text for a third. */
async function withProposal(el: SessionRequestDetail) {
  const dialog = await openReject(el);
  chips(el)[0]!.click();
  $<HTMLButtonElement>(el, '[part~="dialog-propose-button"]')!.click();
  await settled(el, dialog);
  el.shadowRoot!.querySelector<HTMLButtonElement>('.rr-add')!.click();
  await settled(el, dialog);
  await setSlot(el, 1, '2020-01-01T10:00');
  await typeReason(dialog, words(36));
  await settled(el, dialog);
  await waitUntil(() => $(el, '#rr-room'), 'no refusal shown');
  return dialog;
}

describe('reject reasons: accessibility', function () {
  this.timeout(30000);
  loadLocalesBefore(ALL_VARIANTS);

  for (const v of ALL_VARIANTS) {
    it(`${variantName(v)}: the dialog with its reasons, then with a proposal, is clean`, async function () {
      const { wrapper, el } = await rendered(v);
      await waitUntil(() => $(el, '[part~="reject-button"]'));
      await openReject(el);
      expect(chips(el)).to.have.length(3);
      await expectAccessible(wrapper);
      // Close and reopen with the proposal's states.
      const cancel = $(el, 'confirm-dialog')!.shadowRoot!.querySelector<HTMLButtonElement>(
        '[part~="cancel-button"]',
      )!;
      cancel.click();
      await waitUntil(() => !$<HTMLElement & { open: boolean }>(el, 'confirm-dialog')!.open);
      await withProposal(el);
      expect(slotFields(el, 1)[0].getAttribute('aria-invalid')).to.equal('true');
      await expectAccessible(wrapper);
    });
  }
});

describe('reject reasons: a 320 px phone', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const v of [ALL_VARIANTS[0]!, ALL_VARIANTS[4]!, ALL_VARIANTS[6]!]) {
    it(`${v.lang} ${v.dir}: nothing in the dialog is wider than it`, async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await rendered(v);
      await waitUntil(() => $(el, '[part~="reject-button"]'));
      const dialog = await withProposal(el);
      const box = dialog.shadowRoot!.querySelector('dialog')!;
      expect(box.getBoundingClientRect().width).to.be.at.most(320);
      expect(box.scrollWidth, 'no horizontal scrolling').to.be.at.most(box.clientWidth);
      const inner = box.getBoundingClientRect();
      for (const part of $$(el, '.rr *')) {
        const r = part.getBoundingClientRect();
        if (r.width === 0) continue;
        expect(r.left, `${part.localName}.${part.className} left`).to.be.at.least(inner.left - 0.5);
        expect(r.right, `${part.localName}.${part.className} right`).to.be.at.most(inner.right + 0.5);
      }
    });
  }
});
