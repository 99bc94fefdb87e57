/**
 * MentorEdAdapter: the errors that do not come from a status (a failing token or language function,
 * fetch rejecting, timeouts, aborts, offline), readable server texts, and the token kept out of logs.
 */
import { expect } from '@open-wc/testing';
import { MentorEdAdapter } from '../../src/adapters/mentored/mentored-adapter.js';
import { readableMessage } from '../../src/adapters/mentored/http.js';
import { rejectsWith } from '../contract/support.js';
import { ALL, BASE, pendingOf, setup, TOKEN, useMentorEdWorker } from './support.js';

useMentorEdWorker();

describe('MentorEdAdapter: error mapping: token, network, timeouts and logs', () => {
  it('a language function that throws falls back to the default language', async () => {
    const { db, adapter } = setup(
      {},
      {
        language: () => {
          throw new Error('no locale');
        },
      },
    );
    await adapter.listMessageRequests(ALL);
    expect(db.calls[0]!.headers['accept-language']).to.equal(navigator.language || 'en');
  });

  it('a token function that throws → unauthorized, without a call', async () => {
    const { db, adapter } = setup({}, { token: () => Promise.reject(new Error('refresh failed')) });
    await rejectsWith(adapter.countPending(), 'unauthorized');
    expect(db.calls).to.have.length(0);
  });

  it('fetch rejecting → network; a custom fetch is used', async () => {
    let calls = 0;
    const adapter = new MentorEdAdapter({
      baseUrl: BASE,
      token: TOKEN,
      fetch: async () => (calls++, Promise.reject(new TypeError('Failed to fetch'))),
    });
    const error = await rejectsWith(adapter.countPending(), 'network');
    expect(error.message).to.equal('The server could not be reached. Check your connection and try again.');
    expect(calls).to.equal(2);
  });

  it('countPending cancels the other count when one fails', async () => {
    const signals: AbortSignal[] = [];
    const fetchStub = (url: string | URL | Request, init?: RequestInit) => {
      signals.push(init!.signal!);
      if (String(url).includes('requestSessions')) return Promise.reject(new TypeError('Failed to fetch'));
      return new Promise<Response>((_resolve, reject) =>
        init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
      );
    };
    const adapter = new MentorEdAdapter({ baseUrl: BASE, token: TOKEN, fetch: fetchStub as typeof fetch });
    await rejectsWith(adapter.countPending(), 'network');
    // The sessions call failed; the messages call, still waiting, was cancelled.
    expect(signals.map((s) => s.aborted)).to.deep.equal([false, true]);
  });

  it('timeoutMs → timeout; the caller abort → aborted', async () => {
    const { db, adapter } = setup({}, { timeoutMs: 50 });
    db.failNext('requestSessions/getDetails', 'hang');
    const error = await rejectsWith(adapter.getSessionRequest('1'), 'timeout');
    expect(error.status).to.equal(undefined);
    db.latencyMs = 500;
    const slow = new MentorEdAdapter({ baseUrl: BASE, token: TOKEN, timeoutMs: 0 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await rejectsWith(slow.listSessionRequests(ALL, { signal: controller.signal }), 'aborted');
  });

  it('offline → network', async () => {
    const { db, adapter } = setup();
    db.offline = true;
    await rejectsWith(adapter.countPending(), 'network');
    db.clearFaults();
    expect(await adapter.countPending()).to.deep.equal(pendingOf(db));
  });

  it('readable messages: text yes; keys, empty, non-text no', () => {
    expect(readableMessage('You have rejected the session request.')).to.equal(
      'You have rejected the session request.',
    );
    expect(readableMessage('सत्र अनुरोध स्वीकार किया गया')).to.be.a('string');
    for (const bad of ['SESSION_REQUEST_NOT_FOUND', '', '   ', '404', { key: 'X' }, undefined])
      expect(readableMessage(bad)).to.equal(undefined);
  });

  it('never writes the token to the console, even on errors and bad rows', async () => {
    const seen: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach(
      (m) =>
        (console[m] = (...args: unknown[]) =>
          void seen.push(
            args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '),
          )),
    );
    const errors: unknown[] = [];
    try {
      const { db, adapter } = setup({}, { bearer: true });
      db.corrupt('session', db.pendingReceivedSessionIds()[0]!, { end_date: null });
      await adapter.listSessionRequests(ALL);
      for (const fault of [401, 422, 500, 'network', 'malformed-json'] as const) {
        db.failNext('any', fault);
        await adapter.listSessionRequests(ALL).catch((e: unknown) => errors.push(e));
      }
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]!));
    }
    expect(seen.length).to.be.greaterThan(0);
    expect(errors).to.have.length(5);
    const text =
      seen.join('\n') +
      errors.map((e) => `${String(e)} ${JSON.stringify(e)} ${(e as Error).stack}`).join('\n');
    expect(text).to.not.include(TOKEN);
  });
});
