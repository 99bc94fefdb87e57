/**
 * <session-request-detail>: errors that Retry cannot fix (signed out, not allowed), and a meeting link
 * refused for a reason that is not about a field (the server's own text).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SessionRequestDetail } from '../../src/elements/session-request-detail/session-request-detail.js';
import { RequestsError } from '../../src/model/errors.js';
import { $, button, session, text } from '../detail-helpers.js';
import { byId, calls, given, memory } from './support.js';

const PERMISSION_DENIED = 'You do not have the required permissions to access this resource.';
const NOT_ALLOWED = 'You do not have permission to do this.';

describe('<session-request-detail>', () => {
  describe('errors', () => {
    it('a load refused as forbidden or unauthorized says so, without Retry', async () => {
      for (const [error, said] of [
        [new RequestsError('forbidden', PERMISSION_DENIED), NOT_ALLOWED],
        [new RequestsError('unauthorized', 'Session expired.'), 'Sign in again to continue.'],
      ] as const) {
        const adapter = memory();
        adapter.failNext('getSessionRequest', error);
        const got = oneEvent(document, 'request-error');
        const el = await byId(adapter);
        expect((await got).detail.error.kind).to.equal(error.kind);
        await waitUntil(() => text(el).includes('This request could not be loaded.'));
        expect(text(el)).to.contain(said);
        expect(button(el, 'Retry')).to.equal(undefined);
        expect($(el, '[part~="retry-button"]')).to.equal(null);
        await expect(el).to.be.accessible();
      }
    });

    it('an action refused as forbidden says "not allowed", keeps the request, offers no Retry', async () => {
      for (const action of ['Accept', 'Reject'] as const) {
        const adapter = memory();
        const method = action === 'Accept' ? 'acceptSessionRequest' : 'rejectSessionRequest';
        adapter.failNext(method, new RequestsError('forbidden', PERMISSION_DENIED));
        const el = await given(session('s1'), adapter);
        if (action === 'Reject') {
          const dialog = $(el, 'confirm-dialog') as unknown as { ask: () => Promise<unknown> };
          dialog.ask = () => Promise.resolve({ confirmed: true });
        }
        const got = oneEvent(el, 'request-error');
        button(el, action)!.click();
        const { detail } = await got;
        expect(detail.action).to.equal(action.toLowerCase());
        expect(detail.error.message).to.equal(PERMISSION_DENIED);
        await el.updateComplete;
        expect($(el, '[role="alert"]')!.textContent).to.equal(NOT_ALLOWED);
        expect(button(el, 'Retry')).to.equal(undefined);
        expect(el.request!.status).to.equal('requested');
        expect(calls(adapter, method)).to.have.length(1);
      }
    });

    describe('saving the meeting link', () => {
      async function saveLink(error: RequestsError): Promise<SessionRequestDetail> {
        const adapter = memory();
        const request = session('s1', { status: 'accepted', sessionId: 'session-s1' });
        adapter.add(request);
        const el = await given(request, adapter);
        button(el, 'Add link')!.click();
        await waitUntil(() => $(el, 'form'));
        const input = $<HTMLInputElement>(el, 'input[name="url"]')!;
        input.value = 'https://meet.google.com/abc-defg-hij';
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        adapter.failNext('setMeetingLink', error);
        const got = oneEvent(el, 'request-error');
        $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
        expect((await got).detail.action).to.equal('link');
        await el.updateComplete;
        return el;
      }

      it("a validation error without field errors shows the server's own text", async () => {
        for (const message of [
          'Session editing is only allowed up to 10 minutes before the session start time.',
          'Sorry, you are not authorized to edit or delete this session.',
        ]) {
          const error = new RequestsError('validation', message, { status: 400, serverMessage: message });
          const el = await saveLink(error);
          expect($(el, '[role="alert"].error')!.textContent).to.equal(message);
          expect(text(el)).not.to.contain('Some details are not valid');
          // The form stays open with the link typed, to try again or cancel.
          expect($<HTMLInputElement>(el, 'input[name="url"]')!.value).to.equal(
            'https://meet.google.com/abc-defg-hij',
          );
          expect($(el, 'input[name="url"]')!.getAttribute('aria-invalid')).to.equal('false');
        }
      });

      it('field errors about no field of the form also show the server text', async () => {
        const text = 'You are not the creator of this session.';
        const el = await saveLink(
          new RequestsError('validation', text, {
            fieldErrors: { session_id: 'not yours' },
            serverMessage: text,
          }),
        );
        expect($(el, '[role="alert"].error')!.textContent).to.equal(text);
      });

      it("an adapter's English default or an untranslated key is not shown: the localized message is", async () => {
        for (const message of ['Some of the information is not valid.', 'SESSION_NOT_FOUND']) {
          const el = await saveLink(new RequestsError('validation', message, { status: 400 }));
          expect($(el, '[role="alert"].error')!.textContent).to.not.equal(message);
          expect($(el, '[role="alert"].error')!.textContent).to.equal(
            'Some details are not valid. Check them and try again.',
          );
        }
      });

      it('a forbidden save says "not allowed"', async () => {
        const el = await saveLink(new RequestsError('forbidden', PERMISSION_DENIED));
        expect($(el, '[role="alert"].error')!.textContent).to.equal(NOT_ALLOWED);
        expect(button(el, 'Retry')).to.equal(undefined);
      });
    });
  });
});
