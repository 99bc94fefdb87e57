/**
 * Second file of the CDN build (`dist/cdn/memory-adapter.js`): the in-memory adapter and its seeded data
 * generator, for demos, prototypes and tests. Kept out of `mentoring-requests.js` because a production page
 * talks to a real backend and should not download them (2.9 KB min+gzip). It imports what it shares with
 * the main file (errors, model helpers) from it, so both together hold one copy.
 *
 *     import { MemoryAdapter } from 'https://…/dist/cdn/memory-adapter.js';
 */
export { MemoryAdapter } from './adapters/memory/memory-adapter.js';
export type {
  MemoryAdapterCall,
  MemoryAdapterOptions,
  MemorySnapshot,
} from './adapters/memory/memory-adapter.js';
export { generateRequests, createRandom } from './adapters/memory/generate.js';
export type { GenerateOptions, GeneratedData } from './adapters/memory/generate.js';
