/**
 * `mentoring-requests/intl-worker`: the worker of `warmIntl()` as a script file of its own, for a host
 * whose Content Security Policy allows no `blob:` worker (README, "A fast first load"): its bundler serves
 * it from the host's origin, e.g. with Vite `import IntlWorker from 'mentoring-requests/intl-worker?worker'`
 * and `warmIntl({ worker: () => new IntlWorker() })`.
 */
import { intlWorkerBody } from './intl-worker-body.js';

intlWorkerBody(self as unknown as Parameters<typeof intlWorkerBody>[0]);
