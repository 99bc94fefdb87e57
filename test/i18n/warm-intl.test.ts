/**
 * `warmIntl()` (src/i18n/warm-intl.ts): the engine's `Intl` start-up in a worker, and `<requests-page>`
 * leaving its own start-up to it. What a host observes: the promise, the worker it makes (and ends), what
 * the worker is sent, the fallback on this thread, and which `Intl` objects the page builds when.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { warmIntl } from '../../src/index.js';
import { intlWarmUp } from '../../src/i18n/intl.js';
import type { RequestsPage } from '../../src/index.js';
import { cards, memory } from '../requests-page-fixtures.js';

/** Records the `Intl.DateTimeFormat`s built on this thread while `run` is going on. */
function countDateFormats(): { readonly count: number; restore(): void } {
  const Original = Intl.DateTimeFormat;
  let count = 0;
  const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Original>) {
    count++;
    return new Original(...args);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.assign(Counting, Original);
  (Counting as { prototype: unknown }).prototype = Original.prototype;
  Intl.DateTimeFormat = Counting;
  return {
    get count() {
      return count;
    },
    restore: () => void (Intl.DateTimeFormat = Original),
  };
}

/** A worker that records what it is sent and answers only when told to. */
class FakeWorker extends EventTarget {
  sent: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(data: unknown): void {
    this.sent.push(data);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(): void {
    this.onmessage?.(new MessageEvent('message', { data: true }));
  }
}

describe('warmIntl(): the Intl start-up in a worker', () => {
  // One warm-up per document is the rule; each test here starts from none.
  beforeEach(() => void delete intlWarmUp.done);
  afterEach(() => void delete intlWarmUp.done);

  it('resolves true once its default (blob:) worker has built the formats, and makes it once', async () => {
    const made: Worker[] = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        made.push(this);
      }
    };
    try {
      const first = warmIntl({ langs: ['hi', 'ar'], timeZone: 'Asia/Kolkata' });
      expect(warmIntl()).to.equal(first); // a second call: the same promise, no second worker
      expect(await first).to.equal(true);
      expect(made).to.have.length(1);
    } finally {
      window.Worker = Original;
    }
  });

  it('sends the worker the languages and zone, and ends it once it has answered', async () => {
    const worker = new FakeWorker();
    const done = warmIntl({ langs: ['ar-EG'], timeZone: 'Africa/Cairo', worker: () => worker as never });
    expect(worker.sent).to.deep.equal([{ langs: ['ar-EG'], timeZone: 'Africa/Cairo' }]);
    expect(worker.terminated).to.equal(false);
    worker.answer();
    expect(await done).to.equal(true);
    expect(worker.terminated).to.equal(true);
  });

  it("defaults to the document's language", async () => {
    const worker = new FakeWorker();
    const lang = document.documentElement.lang;
    document.documentElement.lang = 'hi';
    try {
      void warmIntl({ worker: () => worker as never });
      expect(worker.sent).to.deep.equal([{ langs: ['hi'], timeZone: undefined }]);
    } finally {
      document.documentElement.lang = lang;
      worker.answer();
    }
  });

  it('never throws: a worker refused (a Content Security Policy), failing or silent resolves false, and the formats are built here instead', async () => {
    const refused = warmIntl({
      worker: () => {
        throw new DOMException('Refused by the policy', 'SecurityError');
      },
    });
    expect(await refused).to.equal(false);

    delete intlWarmUp.done;
    const failing = new FakeWorker();
    const failed = warmIntl({ worker: () => failing as never });
    const error = new ErrorEvent('error', { cancelable: true });
    failing.onerror?.(error);
    expect(await failed).to.equal(false);
    expect(error.defaultPrevented, 'the error is handled, not reported as uncaught').to.equal(true);
    expect(failing.terminated).to.equal(true);

    delete intlWarmUp.done;
    const silent = new FakeWorker();
    const counter = countDateFormats();
    try {
      expect(await warmIntl({ langs: ['hi'], worker: () => silent as never, timeout: 50 })).to.equal(false);
      expect(silent.terminated).to.equal(true);
      // The fallback: the same formats built on this thread, in a task of their own.
      await waitUntil(() => counter.count > 0, 'the formats were not built here');
    } finally {
      counter.restore();
    }
  });

  it('without Worker at all (a server, an old engine) resolves false', async () => {
    const Original = window.Worker;
    // @ts-expect-error: a runtime without workers
    delete window.Worker;
    try {
      expect(await warmIntl()).to.equal(false);
    } finally {
      window.Worker = Original;
    }
  });

  it('<requests-page> builds no date format of its own while a warm-up is under way, and does without one', async () => {
    // Without a warm-up: the page builds its cards' formats in a task of its own while the first page is
    // on the network (the adapter answers after 400 ms).
    let counter = countDateFormats();
    try {
      const el = await fixture<RequestsPage>(
        html`<requests-page .adapter=${memory({ latencyMs: 400 })}></requests-page>`,
      );
      await waitUntil(() => counter.count > 0, 'the page built no format while the list loaded');
      expect(cards(el)).to.have.length(0);
    } finally {
      counter.restore();
    }

    // With one under way: none until the cards need them (in another zone: formats are cached per zone).
    const worker = new FakeWorker();
    void warmIntl({ worker: () => worker as never });
    counter = countDateFormats();
    try {
      const el = await fixture<RequestsPage>(
        html`<requests-page .adapter=${memory({ latencyMs: 400 })} time-zone="Asia/Tokyo"></requests-page>`,
      );
      await aTimeout(200);
      expect(counter.count, 'formats built on the main thread during the warm-up').to.equal(0);
      worker.answer();
      await waitUntil(() => cards(el).length > 0, 'no cards');
      expect(counter.count, 'the cards format their dates').to.be.greaterThan(0);
    } finally {
      counter.restore();
    }
  });
});
