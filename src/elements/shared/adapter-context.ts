import { createContext } from '@lit/context';
import type { RequestsAdapter } from '../../adapters/types.js';

/**
 * The adapter, provided by `<requests-page>` to every descendant. `Symbol.for` so that two copies of
 * the package on one page still find each other.
 */
export const adapterContext = createContext<RequestsAdapter | undefined>(
  Symbol.for('mentoring-requests.adapter'),
);
