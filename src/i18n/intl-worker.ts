/**
 * `mentoring-requests/intl-worker`: the worker of `warmIntl()` as a script file of its own, for a host
 * whose Content Security Policy allows no `blob:` worker (README, "A fast first load"): its bundler serves
 * it from the host's origin, e.g. with Vite
 * `warmIntl({ worker: () => new Worker(new URL('./intl-worker.js', import.meta.url), { type: 'module' }) })`
 * or `import IntlWorker from 'mentoring-requests/intl-worker?worker'`.
 */
import { intlWorkerBody } from './intl-worker-body.js';

intlWorkerBody(self as unknown as Parameters<typeof intlWorkerBody>[0]);
