/**
 * The adapter contract, written once and run against every adapter (memory.test.ts and
 * mentored.test.ts). A harness gives the adapter plus the few "server side" moves a test needs; the
 * contract's parts, by adapter area, are session-contract.ts, message-contract.ts,
 * failure-contract.ts and live-contract.ts.
 */
import { bookedContract } from './booked-contract.js';
import { failureContract } from './failure-contract.js';
import { h, useHarness, type MakeHarness } from './harness.js';
import { liveContract } from './live-contract.js';
import { messageContract } from './message-contract.js';
import { sessionContract } from './session-contract.js';
import { sortContract } from './sort-contract.js';

export type {
  AdapterMethod,
  ContractHarness,
  HarnessOptions,
  InjectableKind,
  MakeHarness,
} from './harness.js';
export { captureWarnings, rejectsWith } from './support.js';

export function runAdapterContract(name: string, makeHarness: MakeHarness): void {
  describe(`RequestsAdapter contract: ${name}`, function () {
    this.timeout(8000);

    beforeEach(async () => {
      useHarness(await makeHarness({ seed: 11, sessionRequests: 23, messageRequests: 9 }));
    });
    afterEach(async () => {
      await h.dispose?.();
    });

    sessionContract();
    sortContract();
    messageContract();
    failureContract();
    liveContract();
    bookedContract();
  });
}
