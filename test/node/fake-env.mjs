// A browser's environment of the store's live code (src/store/live.ts, tab-link.ts) for the Node tests:
// what Node 20 lacks and live.ts reads from globalThis, installed for one test and removed after it.
//   - `document`: an EventTarget with a settable `visibilityState` ('visibilitychange' when it changes);
//   - the window's 'online' / 'offline' events: `addEventListener` / `removeEventListener` on globalThis;
//   - `navigator`: `onLine` and, unless `locks: false`, `locks`, a Web Locks LockManager (FakeLocks) as
//     one browser profile has it: every store of the process is a tab of the same origin.
// Node's own BroadcastChannel carries the tabs' messages (stores in one process hear each other).
// Every listener added to the fake document and window is counted, so a test can check that a store
// leaves none behind.

/**
 * The Web Locks API (`navigator.locks`) of one origin, exclusive mode: `request(name, options?, callback)`
 * grants each name to one request at a time, in the order asked; the lock is held until the promise the
 * callback returns settles, and `request` then settles with it. A request still waiting is dropped when its
 * `signal` aborts (it rejects with the signal's reason); `ifAvailable` gets `null` at once when the lock is
 * taken. `query()` says who holds and who waits, as a browser's does.
 */
export class FakeLocks {
  /** name → the request holding the lock. */
  #held = new Map();
  /** name → the requests waiting, in order. */
  #queues = new Map();
  #nextClient = 1;
  /** Every request made, in order: `{ name, clientId }`. */
  requests = [];

  request(name, options, callback) {
    if (typeof options === 'function') [options, callback] = [{}, options];
    options ??= {};
    const signal = options.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const entry = { name, clientId: `client-${this.#nextClient++}`, callback };
    this.requests.push({ name, clientId: entry.clientId });
    const done = new Promise((resolve, reject) => Object.assign(entry, { resolve, reject }));
    const queue = this.#queues.get(name) ?? [];
    if (options.ifAvailable && (this.#held.has(name) || queue.length > 0)) {
      queueMicrotask(() => this.#run(entry, null));
      return done;
    }
    queue.push(entry);
    this.#queues.set(name, queue);
    if (signal) {
      signal.addEventListener(
        'abort',
        () => {
          const waiting = this.#queues.get(name) ?? [];
          const at = waiting.indexOf(entry);
          if (at < 0) return; // granted already: an abort changes nothing
          waiting.splice(at, 1);
          entry.reject(signal.reason);
        },
        { once: true },
      );
    }
    this.#grant(name);
    return done;
  }

  /** `{ held, pending }`: `[{ name, mode, clientId }]`, as `navigator.locks.query()` answers. */
  async query() {
    const describe = (entry) => ({ name: entry.name, mode: 'exclusive', clientId: entry.clientId });
    return {
      held: [...this.#held.values()].map(describe),
      pending: [...this.#queues.values()].flat().map(describe),
    };
  }

  /** Gives `name` to the first request waiting when nobody holds it. */
  #grant(name) {
    if (this.#held.has(name)) return;
    const queue = this.#queues.get(name);
    const next = queue?.shift();
    if (!next) return;
    this.#held.set(name, next);
    // The callback runs later, as a browser's does (never inside `request` itself).
    queueMicrotask(() =>
      this.#run(next, { name, mode: 'exclusive' }).finally(() => {
        this.#held.delete(name);
        this.#grant(name);
      }),
    );
  }

  async #run(entry, lock) {
    try {
      entry.resolve(await entry.callback(lock));
    } catch (error) {
      entry.reject(error);
    }
  }
}

/** An EventTarget that counts the listeners added to it and not removed, per type. */
class CountingTarget extends EventTarget {
  #listeners = new Map();

  addEventListener(type, listener, options) {
    const set = this.#listeners.get(type) ?? new Set();
    set.add(listener);
    this.#listeners.set(type, set);
    super.addEventListener(type, listener, options);
  }

  removeEventListener(type, listener, options) {
    this.#listeners.get(type)?.delete(listener);
    super.removeEventListener(type, listener, options);
  }

  /** Listeners of `type` (of every type without one). */
  listenerCount(type) {
    if (type) return this.#listeners.get(type)?.size ?? 0;
    return [...this.#listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }
}

const GLOBALS = ['document', 'navigator', 'addEventListener', 'removeEventListener', 'dispatchEvent'];

/**
 * Installs the fake environment on globalThis (see the file's header); `restore()` puts back what was
 * there (Node 20 has none of it; the mutation server has a `navigator` stand-in with `onLine` only).
 */
export function installEnv({ visibility = 'visible', onLine = true, locks = true } = {}) {
  const saved = GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
  const document = new CountingTarget();
  const window = new CountingTarget();
  let visibilityState = visibility;
  Object.defineProperty(document, 'visibilityState', { get: () => visibilityState });
  Object.defineProperty(document, 'hidden', { get: () => visibilityState === 'hidden' });
  const navigator = { onLine, userAgent: 'fake-env', language: 'en-GB' };
  const lockManager = locks ? new FakeLocks() : undefined;
  if (lockManager) navigator.locks = lockManager;
  const define = (name, value) =>
    Object.defineProperty(globalThis, name, { configurable: true, writable: true, value });
  define('document', document);
  define('navigator', navigator);
  define('addEventListener', window.addEventListener.bind(window));
  define('removeEventListener', window.removeEventListener.bind(window));
  define('dispatchEvent', window.dispatchEvent.bind(window));

  return {
    document,
    window,
    navigator,
    locks: lockManager,
    /** The tab goes to the background (another tab in front, the window minimised). */
    hide() {
      visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    show() {
      visibilityState = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    offline() {
      navigator.onLine = false;
      window.dispatchEvent(new Event('offline'));
    },
    online() {
      navigator.onLine = true;
      window.dispatchEvent(new Event('online'));
    },
    /** Listeners left on the document and the window. */
    listeners() {
      return document.listenerCount() + window.listenerCount();
    },
    restore() {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete globalThis[name];
      }
    },
  };
}

/**
 * Runs `fn(env)` with the fake environment installed, and removes it after, whatever happens; every
 * release function `fn` gives to `env.track(release)` is called first (a failed test leaves no watch).
 */
export async function withEnv(options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  const env = installEnv(options);
  const releases = [];
  env.track = (release) => (releases.push(release), release);
  let result;
  const thrown = [];
  try {
    result = await fn(env);
  } catch (error) {
    thrown.push(error);
  }
  // Every watch ends and the environment goes, whatever a release does (one that throws must not leave
  // a watch or the environment to the next test). The test's own error comes first.
  for (const release of releases) {
    try {
      release();
    } catch (error) {
      thrown.push(error);
    }
  }
  env.restore();
  if (thrown.length > 0) throw thrown[0];
  return result;
}

/**
 * Lets messages between tabs arrive: Node's BroadcastChannel delivers a message in the event loop's poll
 * phase, one or two turns after it was posted (in a browser, a task later).
 */
export async function deliver() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}
