/**
 * Hindi and Arabic: the detail elements and the confirm dialogs render every state with no English left,
 * actions included.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import type { MessageRequestDetail } from '../../src/elements/message-request-detail/message-request-detail.js';
import { deepText, expectNoEnglish } from './english-detector.js';
import {
  LINK,
  LOCALES,
  SAMPLES,
  TZ,
  button,
  detailIn,
  inbox,
  message,
  session,
  sessionDetailIn,
  setField,
  shadow,
  showing,
} from './fixtures.js';

for (const [code, t] of LOCALES) {
  const sample = SAMPLES[code];

  describe(`i18n: every view in ${t.$name} (${code})`, () => {
    it('session-request-detail: received, sent, expired, rejected; the agenda folded', async () => {
      const received = session(sample, 's0', 0);
      const { wrapper, el } = await sessionDetailIn(code, received);
      await showing(wrapper, t.sessionRequest);
      let text = deepText(wrapper);
      for (const term of [
        t.accept,
        t.reject,
        t.agenda,
        t.showMore,
        t.statusRequested,
        t.received,
        t.experienceYears(5),
      ]) {
        expect(text).to.include(term);
      }
      expect(text).to.include(t.viewProfile(sample.names[0]!));
      expectNoEnglish(wrapper, 'a received session request');
      button(el, t.showMore)!.click();
      await el.updateComplete;
      expect(deepText(wrapper)).to.include(t.showLess);
      expectNoEnglish(wrapper, 'the unfolded agenda');

      for (const [view, request, expected] of [
        [
          'a sent session request',
          session(sample, 's1', 1, { direction: 'sent' }),
          t.waitingFor(sample.names[1]!),
        ],
        ['an expired session request', session(sample, 's2', 2, { status: 'expired' }), t.requestExpired],
        [
          'a rejected session request',
          session(sample, 's3', 3, { status: 'rejected', rejectReason: sample.reason }),
          t.rejectReasonShown(sample.reason),
        ],
      ] as const) {
        el.request = request;
        await el.updateComplete;
        text = deepText(wrapper);
        expect(text, view).to.include(expected);
        expectNoEnglish(wrapper, view);
      }
      expect(text).to.include(t.sessionRejected);
      expect(text).to.include(t.statusRejected);
    });

    it('session-request-detail: accepted, with a meeting link, and the link form open with errors', async () => {
      const withLink = session(sample, 's0', 0, { status: 'accepted', meetingLink: LINK });
      const { wrapper, el } = await sessionDetailIn(code, withLink);
      await showing(wrapper, t.meetingLink);
      let text = deepText(wrapper);
      for (const term of [
        t.slotBooked(sample.names[0]!),
        t.joinOn(t.platformGoogleMeet),
        t.editLink,
        t.statusAccepted,
      ]) {
        expect(text).to.include(term);
      }
      expectNoEnglish(wrapper, 'an accepted session request with a link');

      // A sent, accepted request whose link is not a meeting link.
      el.request = session(sample, 's1', 1, {
        status: 'accepted',
        direction: 'sent',
        meetingLink: { platform: 'zoom', url: 'https://zoom.us.evil.example/j/1' },
      });
      await el.updateComplete;
      expect(deepText(wrapper)).to.include(t.meetingLinkNotSafe);
      expectNoEnglish(wrapper, 'a link that is not safe');
      el.request = session(sample, 's4', 4, { status: 'accepted', direction: 'sent' });
      await el.updateComplete;
      expect(deepText(wrapper)).to.include(t.noLinkYetSent);

      // Received, accepted, no link: Add link opens the form.
      el.request = session(sample, 's3', 3, { status: 'accepted' });
      await el.updateComplete;
      expect(deepText(wrapper)).to.include(t.noLinkYet);
      button(el, t.addLink)!.click();
      await el.updateComplete;
      const root = shadow(el);
      setField(root.querySelector<HTMLInputElement>('#link-url')!, 'http://meet.google.com/abc-defg-hij');
      await el.updateComplete;
      text = deepText(wrapper);
      for (const term of [t.platform, t.linkUrl, t.save, t.cancel, t.linkErrorHttpsOnly, t.platformZoom]) {
        expect(text).to.include(term);
      }
      expectNoEnglish(wrapper, 'the meeting link form (Google Meet)');

      const select = root.querySelector<HTMLSelectElement>('#link-platform')!;
      select.value = 'zoom';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      setField(root.querySelector<HTMLInputElement>('#link-url')!, 'https://example.com/x');
      setField(root.querySelector<HTMLInputElement>('#link-meetingId')!, '12');
      setField(root.querySelector<HTMLInputElement>('#link-passcode')!, 'a b');
      await el.updateComplete;
      text = deepText(wrapper);
      for (const term of [
        t.meetingId,
        t.passcode,
        t.linkErrorMeetingId,
        t.linkErrorPasscode,
        t.linkErrorWrongHost(t.platformZoom),
      ]) {
        expect(text).to.include(term);
      }
      expectNoEnglish(wrapper, 'the meeting link form (Zoom) with errors');
    });

    it('session-request-detail: a stored link that is not https, a meeting the platform hosts', async () => {
      const stored = { text: 'http://zoom.us/j/81234567890', platformLabel: t.platformZoom };
      const { wrapper, el } = await sessionDetailIn(
        code,
        session(sample, 's0', 0, { status: 'accepted', storedLink: stored }),
      );
      await showing(wrapper, t.storedLinkNotSafe);
      let text = deepText(wrapper);
      for (const term of [
        t.storedLinkReplace,
        t.storedLinkOn(stored.platformLabel, stored.text),
        t.editLink,
      ]) {
        expect(text).to.include(term);
      }
      expect(text).not.to.include(t.noLinkYet);
      expect(shadow(el).querySelector('[href]')).to.equal(null);
      expectNoEnglish(wrapper, 'a stored link that is not https');

      el.request = session(sample, 's1', 1, { status: 'accepted', meetingHost: 'platform' });
      await el.updateComplete;
      text = deepText(wrapper);
      expect(text).to.include(t.meetingOnPlatform).and.include(t.addLink);
      expect(text).not.to.include(t.noLinkYet);
      expectNoEnglish(wrapper, 'a meeting the platform hosts');
    });

    it('actions: accept, save a meeting link, a request already handled elsewhere', async () => {
      const adapter = inbox(sample);
      const { wrapper, el } = await detailIn<SessionRequestDetail>(
        code,
        html`<session-request-detail
          .adapter=${adapter}
          time-zone=${TZ}
          request-id="s0"
        ></session-request-detail>`,
      );
      await showing(wrapper, t.accept);
      button(el, t.accept)!.click();
      await showing(wrapper, t.noLinkYet);
      expect(deepText(wrapper)).to.include(t.slotBooked(sample.names[0]!));
      expectNoEnglish(wrapper, 'an accepted request (success announced)');

      button(el, t.addLink)!.click();
      await el.updateComplete;
      setField(shadow(el).querySelector<HTMLInputElement>('#link-url')!, LINK.url);
      await el.updateComplete;
      button(el, t.save)!.click();
      await showing(wrapper, t.linkSaved);
      expect(deepText(wrapper)).to.include(t.joinOn(t.platformGoogleMeet));
      expectNoEnglish(wrapper, 'a saved meeting link');

      el.requestId = 's3';
      await showing(wrapper, sample.names[3]!);
      adapter.handleElsewhere('session', 's3', 'accepted');
      button(el, t.accept)!.click();
      await showing(wrapper, t.errorConflict);
      expectNoEnglish(wrapper, 'a request already handled elsewhere');
    });

    it('message-request-detail: received, sent, accepted', async () => {
      const { wrapper, el } = await detailIn<MessageRequestDetail>(
        code,
        html`<message-request-detail .request=${message(sample, 'm0', 0)}></message-request-detail>`,
      );
      await showing(wrapper, t.messageRequest);
      let text = deepText(wrapper);
      for (const term of [
        t.hasSentYouMessage(sample.names[0]!),
        t.ifYouAccept(sample.names[0]!),
        t.accept,
        t.reject,
      ]) {
        expect(text).to.include(term);
      }
      const sent = new Intl.DateTimeFormat(code, { dateStyle: 'medium', timeStyle: 'short' });
      expect(text).to.include(t.sentAt(sent.format(message(sample, 'm0', 0).createdAt)));
      expectNoEnglish(wrapper, 'a received message request');

      for (const [view, request, expected] of [
        [
          'a sent message request',
          message(sample, 'm1', 1, { direction: 'sent' }),
          t.waitingToRespond(sample.names[1]!),
        ],
        [
          'an accepted message request',
          message(sample, 'm2', 2, { status: 'accepted' }),
          t.messageAccepted(sample.names[2]!),
        ],
        ['a rejected message request', message(sample, 'm3', 3, { status: 'rejected' }), t.messageRejected],
      ] as const) {
        el.request = request;
        await el.updateComplete;
        text = deepText(wrapper);
        expect(text, view).to.include(expected);
        expectNoEnglish(wrapper, view);
      }
      el.request = message(sample, 'm2', 2, { status: 'accepted' });
      await el.updateComplete;
      expect(deepText(wrapper)).to.include(t.openChat);
    });

    it('the detail load error when not allowed (no Retry)', async () => {
      const adapter = inbox(sample);
      adapter.failNext('getSessionRequest', 'forbidden');
      const { wrapper } = await detailIn<SessionRequestDetail>(
        code,
        html`<session-request-detail .adapter=${adapter} request-id="s0"></session-request-detail>`,
      );
      await showing(wrapper, t.errorLoadRequest);
      expect(deepText(wrapper)).to.include(t.errorForbidden).and.not.include(t.retry);
      expectNoEnglish(wrapper, 'the detail error when not allowed');
    });

    it('the detail load error and not-found states', async () => {
      const adapter = inbox(sample);
      adapter.failNext('getSessionRequest', 'server');
      const { wrapper } = await detailIn<SessionRequestDetail>(
        code,
        html`<session-request-detail .adapter=${adapter} request-id="s0"></session-request-detail>`,
      );
      await showing(wrapper, t.errorLoadRequest);
      expect(deepText(wrapper)).to.include(t.errorServer);
      expect(deepText(wrapper)).to.include(t.retry);
      expectNoEnglish(wrapper, 'the detail error');

      const missing = await detailIn<MessageRequestDetail>(
        code,
        html`<message-request-detail .adapter=${adapter} request-id="nope"></message-request-detail>`,
      );
      await showing(missing.wrapper, t.errorNotFound);
      expectNoEnglish(missing.wrapper, 'the not-found state');
    });

    it('the confirm dialogs: reject a session with a reason (word counter, limit), reject a message', async () => {
      const { wrapper, el } = await sessionDetailIn(code, session(sample, 's0', 0));
      await showing(wrapper, t.reject);
      button(el, t.reject)!.click();
      const dialog = shadow(el).querySelector('confirm-dialog')!;
      await waitUntil(() => shadow(dialog).querySelector('dialog')?.open, 'dialog open');
      const textarea = shadow(dialog).querySelector<HTMLTextAreaElement>('textarea')!;
      setField(textarea, Array(51).fill(sample.word).join(' '));
      await dialog.updateComplete;
      const text = deepText(dialog);
      for (const term of [
        t.rejectSessionHeading,
        t.rejectSessionQuestion,
        t.rejectSessionReasonLabel(sample.names[0]!),
        t.wordCount(51, 50),
        t.tooManyWords(50),
        t.cancel,
        t.reject,
      ]) {
        expect(text).to.include(term);
      }
      expectNoEnglish(wrapper, 'the reject-session dialog');
      shadow(dialog).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
      await waitUntil(() => !shadow(dialog).querySelector('dialog')?.open, 'dialog closed');

      const message0 = await detailIn<MessageRequestDetail>(
        code,
        html`<message-request-detail .request=${message(sample, 'm0', 0)}></message-request-detail>`,
      );
      await showing(message0.wrapper, t.reject);
      button(message0.el, t.reject)!.click();
      const dialog2 = shadow(message0.el).querySelector('confirm-dialog')!;
      await waitUntil(() => shadow(dialog2).querySelector('dialog')?.open, 'dialog open');
      expect(deepText(dialog2)).to.include(t.rejectMessageQuestion);
      expectNoEnglish(message0.wrapper, 'the reject-message dialog');
      shadow(dialog2).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();

      // The dialog on its own: the localized defaults (Confirm, Cancel, Reason (optional)).
      const alone = await fixture<HTMLElement>(
        html`<div lang=${code}><confirm-dialog with-reason reason-max-words="10"></confirm-dialog></div>`,
      );
      const bare = alone.querySelector('confirm-dialog')!;
      bare.show();
      await showing(alone, t.reasonOptional);
      expect(deepText(alone)).to.include(t.confirm);
      expect(deepText(alone)).to.include(t.wordCount(0, 10));
      expectNoEnglish(alone, 'the confirm dialog defaults');
      bare.close();

      // Both limits, the character limit exceeded (256 characters in 26 words).
      const both = await fixture<HTMLElement>(
        html`<div lang=${code}>
          <confirm-dialog with-reason reason-max-words="50" reason-max-chars="255"></confirm-dialog>
        </div>`,
      );
      const limited = both.querySelector('confirm-dialog')!;
      limited.show();
      await showing(both, t.wordAndCharCount(0, 50, 0, 255));
      const long = `${'abcdefghi '.repeat(25)}abcdef`;
      setField(shadow(limited).querySelector('textarea')!, long);
      await limited.updateComplete;
      expect(deepText(both))
        .to.include(t.wordAndCharCount(26, 50, 256, 255))
        .and.include(t.tooManyChars(255));
      expectNoEnglish(both, 'the confirm dialog over its character limit');
      limited.close();
    });
  });
}
