/**
 * "Propose another time": one to three times in the viewer's time zone (`time-zone`), written into the
 * reject reason as a sentence with the date, the time and the UTC offset, previewed first, and never past
 * the reason's limits (MentorEd: 50 words, validators/v1/requestSessions.js `reject`; 255 characters, the
 * VARCHAR(255) `reject_reason` column), counted live by the dialog.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import { reasonLength } from '../../src/model/reason.js';
import { $, TZ, session } from '../detail-helpers.js';
import { loadLocale } from '../a11y/variants.js';
import { calls, memory, withCapabilities } from '../session-request-detail/support.js';
import {
  MENTORED_LIMITS,
  addTime,
  chip,
  confirmButton,
  counter,
  field,
  insertButton,
  noRoom,
  openReject,
  preview,
  propose,
  setSlot,
  settled,
  slotFields,
  slotValues,
  slots,
  typeReason,
  words,
} from './support.js';

// The request's slot: Fri, Dec 4, 2037, 4:00 PM in Asia/Kolkata (detail-helpers START).
const SAT = 'Sat, Dec 5, 4:00 PM (UTC+05:30)';
const SUN = 'Sun, Dec 6, 4:00 PM (UTC+05:30)';
const MON = 'Mon, Dec 7, 4:00 PM (UTC+05:30)';

async function detail(zone = TZ, lang = 'en'): Promise<SessionRequestDetail> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <session-request-detail
        .adapter=${withCapabilities(memory(), MENTORED_LIMITS)}
        .request=${session('s1')}
        time-zone=${zone}
      ></session-request-detail>
    </div>`,
  );
  return wrapper.querySelector('session-request-detail') as SessionRequestDetail;
}

describe('reject reasons: propose another time', () => {
  it('a disclosure shows one time to start from (a day after the requested one) and previews it', async () => {
    const el = await detail();
    await openReject(el);
    const toggle = $(el, '[part~="dialog-propose-button"]')!;
    const panel = $(el, '[part~="dialog-proposal"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
    expect(panel.hidden).to.equal(true);
    await propose(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(panel.localName).to.equal('fieldset');
    expect(slotFields(el, 0).map((i) => [i.type, i.value])).to.deep.equal([
      ['date', '2037-12-05'],
      ['time', '16:00'],
    ]);
    // A group named "Option 1" of two labelled fields, described by the time zone they are read in.
    expect(slots(el)[0]!.querySelector('legend')!.textContent!.trim()).to.equal('Option 1');
    const label = (input: HTMLInputElement) =>
      el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent!.trim();
    expect(slotFields(el, 0).map(label)).to.deep.equal(['Date', 'Time']);
    expect($(el, '#rr-zone')!.textContent!.trim()).to.equal(
      'In your time zone: India Standard Time (UTC+05:30)',
    );
    for (const input of slotFields(el, 0)) expect(input.getAttribute('aria-describedby')).to.equal('rr-zone');
    expect(preview(el)).to.equal(`Could we meet instead on ${SAT}?`);
  });

  it('writes two times into the reason with their UTC offset, after a picked reason, and the adapter gets it', async () => {
    const el = await detail();
    const adapter = (el as unknown as { adapter: ReturnType<typeof memory> }).adapter;
    const dialog = await openReject(el);
    chip(el, "I'm not available at this time.").click();
    await propose(el);
    addTime(el)!.click();
    await settled(el, dialog);
    expect(slotValues(el)).to.deep.equal(['2037-12-05T16:00', '2037-12-06T16:00']);
    // The new time's date field has focus.
    expect(el.shadowRoot!.activeElement).to.equal(slotFields(el, 1)[0]);
    const sentence = `Could we meet instead on ${SAT} or ${SUN}?`;
    expect(preview(el)).to.equal(sentence);
    // Previewed only: the reason holds the picked reason until "Add to reason".
    expect(field(dialog).value).to.equal("I'm not available at this time.");

    insertButton(el).click();
    await settled(el, dialog);
    const reason = `I'm not available at this time. ${sentence}`;
    expect(field(dialog).value).to.equal(reason);
    expect(counter(dialog)).to.equal(
      `${reasonLength(reason).words} of 50 words · ${reasonLength(reason).chars} of 255 characters`,
    );
    expect($(el, '.rr [role="status"]')!.textContent!.trim()).to.equal(
      'The proposed times are in the reason.',
    );

    // Changing a time and adding again replaces the sentence written before (never a second one).
    await setSlot(el, 1, '2037-12-07T16:00');
    expect(preview(el)).to.equal(`Could we meet instead on ${SAT} or ${MON}?`);
    insertButton(el).click();
    await settled(el, dialog);
    expect(field(dialog).value).to.equal(
      `I'm not available at this time. Could we meet instead on ${SAT} or ${MON}?`,
    );

    confirmButton(dialog).click();
    await waitUntil(() => calls(adapter, 'rejectSessionRequest').length === 1);
    expect(calls(adapter, 'rejectSessionRequest')[0]!.args).to.deep.equal([
      's1',
      `I'm not available at this time. Could we meet instead on ${SAT} or ${MON}?`,
    ]);
  });

  it("reads the times in the viewer's time zone, with each time's own offset (a DST change between them)", async () => {
    const el = await detail('America/New_York');
    const dialog = await openReject(el);
    await propose(el);
    // Fri, Dec 4, 2037, 05:30 in New York; a day later, in winter time.
    expect(slotValues(el)[0]).to.equal('2037-12-05T05:30');
    expect(preview(el)).to.equal('Could we meet instead on Sat, Dec 5, 5:30 AM (UTC-05:00)?');
    expect($(el, '#rr-zone')!.textContent!.trim()).to.match(
      /^In your time zone: Eastern (Standard|Daylight) Time \(UTC-0[45]:00\)$/,
    );
    // New York's clocks go forward on Sun, Mar 14, 2038 at 2:00.
    await setSlot(el, 0, '2038-03-13T10:00');
    addTime(el)!.click();
    await settled(el, dialog);
    expect(slotValues(el)[1]).to.equal('2038-03-14T10:00');
    expect(preview(el)).to.equal(
      'Could we meet instead on Sat, Mar 13, 10:00 AM (UTC-05:00) or Sun, Mar 14, 10:00 AM (UTC-04:00)?',
    );
    // Just after the change, and in the hour the clocks skip (2:30 does not exist: 3:30, as clocks do).
    await setSlot(el, 1, '2038-03-14T03:30');
    expect(preview(el)).to.match(/ or Sun, Mar 14, 3:30 AM \(UTC-04:00\)\?$/);
    await setSlot(el, 1, '2038-03-14T02:30');
    expect(preview(el)).to.match(/ or Sun, Mar 14, 3:30 AM \(UTC-04:00\)\?$/);
    // A zone half an hour off the hour, west of UTC.
    const stJohns = await detail('America/St_Johns');
    await openReject(stJohns);
    await propose(stJohns);
    expect(preview(stJohns)).to.equal('Could we meet instead on Sat, Dec 5, 7:00 AM (UTC-03:30)?');
  });

  it('at most three times: the third fills the list and "Add another time" goes', async () => {
    const el = await detail();
    const dialog = await openReject(el);
    await propose(el);
    addTime(el)!.click();
    await settled(el, dialog);
    addTime(el)!.click();
    await settled(el, dialog);
    expect(slots(el)).to.have.length(3);
    expect(addTime(el)).to.equal(undefined);
    expect(preview(el)).to.equal(`Could we meet instead on ${SAT}, ${SUN}, or ${MON}?`);
    // Remove: the second goes, focus moves to the one in its place.
    const remove = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.rr-slot button')[1]!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove option 2');
    remove.click();
    await settled(el, dialog);
    expect(slotValues(el)).to.deep.equal(['2037-12-05T16:00', '2037-12-07T16:00']);
    expect(el.shadowRoot!.activeElement).to.equal(slotFields(el, 1)[0]);
    expect(addTime(el)).not.to.equal(undefined);
  });

  it('a time that has passed is flagged and left out; an empty one is left out', async () => {
    const el = await detail();
    const dialog = await openReject(el);
    await propose(el);
    await setSlot(el, 0, '2020-01-01T10:00');
    for (const input of slotFields(el, 0)) {
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('rr-zone rr-slot-0-error');
    }
    expect($(el, '#rr-slot-0-error')!.textContent!.trim()).to.equal('This time has already passed.');
    expect(preview(el)).to.equal('Pick a time to see the sentence.');
    expect(insertButton(el).getAttribute('aria-disabled')).to.equal('true');
    insertButton(el).click();
    await settled(el, dialog);
    expect(field(dialog).value).to.equal('');
    await setSlot(el, 0, '');
    expect(slotFields(el, 0)[0].hasAttribute('aria-invalid')).to.equal(false);
    expect(preview(el)).to.equal('Pick a time to see the sentence.');
  });

  for (const lang of ['hi', 'ar', 'ar-EG'] as const) {
    it(`says it in ${lang}: the sentence from the translation, dates by Intl, digits alike`, async () => {
      expect(await loadLocale(lang.slice(0, 2))).to.equal(true);
      const el = await detail(TZ, lang);
      const dialog = await openReject(el);
      $<HTMLButtonElement>(el, '[part~="dialog-propose-button"]')!.click();
      await settled(el, dialog);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.rr-add')!.click();
      await settled(el, dialog);
      const expected = {
        hi: 'क्या हम इसके बजाय शनि, 5 दिस॰, 4:00 pm (UTC+05:30) या रवि, 6 दिस॰, 4:00 pm (UTC+05:30) को मिल सकते हैं?',
        ar: 'هل يمكننا أن نلتقي بدلًا من ذلك في السبت، 5 ديسمبر، 4:00 م (UTC+05:30) أو الأحد، 6 ديسمبر، 4:00 م (UTC+05:30)؟',
        // Arabic-Indic digits in ar-EG's dates: the offset's too.
        'ar-EG':
          'هل يمكننا أن نلتقي بدلًا من ذلك في السبت، ٥ ديسمبر، ٤:٠٠ م (UTC+٠٥:٣٠) أو الأحد، ٦ ديسمبر، ٤:٠٠ م (UTC+٠٥:٣٠)؟',
      }[lang];
      expect(preview(el)).to.equal(expected);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.rr-row .button')!.click();
      await settled(el, dialog);
      expect(field(dialog).value).to.equal(expected);
    });
  }
});

describe('reject reasons: the proposal never makes the reason too long', () => {
  it('refuses a third time that would pass 50 words, says why, and the counter stays within', async () => {
    const el = await detail();
    const dialog = await openReject(el);
    // 30 words typed; one time adds 11 words, two 18, three 25 (en: "A, B, or C").
    await typeReason(dialog, words(30));
    await propose(el);
    expect(noRoom(el)).to.equal('');
    addTime(el)!.click();
    await settled(el, dialog);
    expect(slots(el)).to.have.length(2);
    const add = addTime(el)!;
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    expect(add.getAttribute('aria-describedby')).to.equal('rr-room');
    expect(noRoom(el)).to.equal('The reason can have at most 50 words: shorten it to add more times.');
    add.click();
    await settled(el, dialog);
    expect(slots(el)).to.have.length(2);

    insertButton(el).click();
    await settled(el, dialog);
    expect(reasonLength(field(dialog).value).words).to.equal(48);
    expect(counter(dialog)).to.match(/^48 of 50 words/);
    expect(confirmButton(dialog).disabled).to.equal(false);

    // Shorter text makes room again, live (the field's input is heard).
    await typeReason(dialog, `${words(20)} ${field(dialog).value.slice(words(30).length + 1)}`);
    await settled(el, dialog);
    expect(addTime(el)!.getAttribute('aria-disabled')).to.equal('false');
    expect(noRoom(el)).to.equal('');
  });

  it('refuses to write a proposal past 255 characters, and says so', async () => {
    const el = await detail();
    const dialog = await openReject(el);
    // 20 words of 10 characters: 219 characters; one time adds 59 (" Could we meet … (UTC+05:30)?").
    const long = Array(20).fill('abcdefghij').join(' ');
    await typeReason(dialog, long);
    await propose(el);
    expect(insertButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(insertButton(el).getAttribute('aria-describedby')).to.equal('rr-room');
    expect(noRoom(el)).to.equal('The reason can have at most 255 characters: shorten it to add more times.');
    insertButton(el).click();
    await settled(el, dialog);
    expect(field(dialog).value).to.equal(long);
  });

  it('whatever the text typed first (0 to 60 words, short or long), adding times never passes either limit', async () => {
    const el = await detail();
    const dialog = await openReject(el);
    await propose(el);
    for (const size of [0, 10, 20, 25, 30, 33, 36, 40, 45, 50]) {
      for (const word of ['ab', 'abcdefghi']) {
        await typeReason(dialog, Array(size).fill(word).join(' '));
        // Back to one time, then add as many as allowed and write them in.
        while (slots(el).length > 1) {
          el.shadowRoot!.querySelector<HTMLButtonElement>('.rr-slot button')!.click();
          await settled(el, dialog);
        }
        for (let i = 0; i < 3; i++) {
          addTime(el)?.click();
          await settled(el, dialog);
        }
        const before = field(dialog).value;
        insertButton(el).click();
        await settled(el, dialog);
        const after = field(dialog).value;
        const { words: count, chars } = reasonLength(after);
        const label = `${size} × ${word}: ${count} words, ${chars} characters`;
        // Within both limits, or (a text already too long) left as it was.
        if (after !== before) expect(count <= 50 && chars <= 255, label).to.equal(true);
        else
          expect(reasonLength(before).words > 39 || reasonLength(before).chars > 196, label).to.equal(true);
      }
    }
  });
});
