/** The adapter contract against MemoryAdapter (its test hooks are described in its JSDoc). */
import { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { runAdapterContract } from './adapter-contract.js';

runAdapterContract('MemoryAdapter', (options) => {
  let latency = 0;
  const adapter = new MemoryAdapter({ ...options, latencyMs: () => latency });
  return {
    adapter,
    backend: 'memory',
    expire: (_kind, id) => adapter.expire(id),
    handleElsewhere: (kind, id, status) => adapter.handleElsewhere(kind, id, status),
    receive: (kind) =>
      (kind === 'session' ? adapter.receiveRequest('session') : adapter.receiveRequest('message')).id,
    fail: (method, kind) => adapter.failNext(method, kind),
    setLatency: (ms) => {
      latency = ms;
    },
  };
});
