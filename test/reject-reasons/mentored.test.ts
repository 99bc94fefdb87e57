/**
 * Reasons and "propose another time" with the real MentorEdAdapter against the MSW emulation of MentorEd.
 * The reason is sent as it always was: `POST requestSessions/reject` with `{ request_session_id, reason }`
 * (services/requestSessions.js `reject` passes `bodyData.reason` to queries/requestSessions.js
 * `rejectRequest`, which stores it, and to the requester's email). Upstream's validator
 * (validators/v1/requestSessions.js `reject`) refuses more than 50 words by `value.trim().split(/\s+/)`,
 * and the VARCHAR(255) `reject_reason` column more than 255 characters: the adapter's
 * `capabilities` carry both, the dialog counts them, and a proposal never passes them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import { MentorEdAdapter } from '../../src/adapters/mentored/mentored-adapter.js';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { RequestRejectedEvent } from '../../src/events.js';
import { reasonLength } from '../../src/model/reason.js';
import { record } from '../detail-helpers.js';
import { MENTORED_BASE_URL as baseUrl, useMentorEdEmulation } from '../support/mentored-emulation.js';
import {
  addTime,
  chip,
  chipTexts,
  confirmButton,
  counter,
  field,
  insertButton,
  noRoom,
  openReject,
  preview,
  propose,
  settled,
  typeReason,
  words,
} from './support.js';

const server = useMentorEdEmulation({ seed: 7, sessionRequests: 12, messageRequests: 0 });
const rejects = () => server.db.calls.filter((call) => call.endpoint === 'requestSessions/reject');

async function detail(): Promise<{ el: SessionRequestDetail; id: string }> {
  const id = server.db.pendingReceivedSessionIds()[0]!;
  const adapter = new MentorEdAdapter({
    baseUrl,
    token: 'reasons',
    timeZone: 'Asia/Kolkata',
    language: 'en',
  });
  const el = await fixture<SessionRequestDetail>(
    html`<session-request-detail
      .adapter=${adapter}
      request-id=${id}
      time-zone="Asia/Kolkata"
    ></session-request-detail>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="reject-button"]'), 'not loaded', {
    timeout: 5000,
  });
  return { el, id };
}

describe('reject reasons with the MentorEd adapter (MSW emulation)', () => {
  it('a picked reason with two proposed times, edited, is the reason the server gets and keeps', async () => {
    const { el, id } = await detail();
    const dialog = await openReject(el);
    // The adapter's limits, counted live.
    expect(counter(dialog)).to.equal('0 of 50 words · 0 of 255 characters');
    chip(el, "I'm not available at this time.").click();
    await propose(el);
    addTime(el)!.click();
    await settled(el, dialog);
    const sentence = preview(el);
    expect(sentence).to.match(
      /^Could we meet instead on \w{3}, \w{3} \d+, \d+:\d{2} [AP]M \(UTC\+05:30\) or .+ \(UTC\+05:30\)\?$/,
    );
    insertButton(el).click();
    await settled(el, dialog);
    await typeReason(dialog, `${field(dialog).value} Thank you!`);
    const reason = `I'm not available at this time. ${sentence} Thank you!`;
    expect(field(dialog).value).to.equal(reason);

    const rec = record('request-rejected');
    confirmButton(dialog).click();
    await waitUntil(() => rec.events.length === 1, 'no request-rejected', { timeout: 5000 });
    rec.stop();
    expect((rec.events[0] as RequestRejectedEvent).detail.reason).to.equal(reason);
    expect(rejects().map((call) => call.body)).to.deep.equal([{ request_session_id: id, reason }]);
    expect(server.db.sessionRequest(id)).to.include({ status: 'REJECTED', reject_reason: reason });
  });

  it("the proposal fills the reason to exactly upstream's 50 words, which the server accepts, and no further", async () => {
    const { el, id } = await detail();
    const dialog = await openReject(el);
    // One time is 11 words ("Could we meet instead on Sat, Dec 5, 4:00 PM (UTC+05:30)?"): 39 + 11 = 50.
    await typeReason(dialog, words(39));
    await propose(el);
    expect(reasonLength(preview(el)).words).to.equal(11);
    // A second time would pass 50: refused, and said why.
    expect(addTime(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(noRoom(el)).to.equal('The reason can have at most 50 words: shorten it to add more times.');
    insertButton(el).click();
    await settled(el, dialog);
    expect(counter(dialog)).to.match(/^50 of 50 words/);
    confirmButton(dialog).click();
    await waitUntil(() => server.db.sessionRequest(id)?.status === 'REJECTED', 'not rejected', {
      timeout: 5000,
    });
    const sent = (rejects()[0]!.body as { reason: string }).reason;
    // Upstream's own count of what was sent.
    expect(sent.trim().split(/\s+/).length).to.equal(50);
  });

  it("offers a host's list through the MentorEd adapter too", async () => {
    const { el } = await detail();
    el.rejectReasons = ['Busy with exams this month.'];
    await openReject(el);
    expect(chipTexts(el)).to.deep.equal(['Busy with exams this month.']);
  });
});
