// The worker role's inbound processing: one processor per process, woken whenever any process
// accepts follower events (the bus carries the signal across processes on Redis), and every
// 30 s regardless, so nothing accepted waits on a lost signal. Runs whatever the demo does.
import type { Runtime } from '../runtime.js';
import { createInboundProcessor } from './inbound-processor.js';
import { understandMessage } from './understand.js';

export interface RunningInboundProcessing {
  stop(): Promise<void>;
}

export function startInboundProcessing(runtime: Runtime): RunningInboundProcessing {
  const deps = { db: runtime.store.db, events: runtime.events, understand: understandMessage, understandMany: runtime.analysis.understandMany };
  const processor = createInboundProcessor(deps, {
    onError: (error) => runtime.logger.warn({ err: error }, 'inbound events not processed; they stay queued'),
    onFailure: (failure) => runtime.logger.warn({ err: failure.error, queueSeq: failure.queueSeq, setAside: failure.setAside }, 'an inbound event failed processing'),
  });
  const unsubscribe = runtime.events.onInbound(() => processor.kick());
  return {
    stop: async () => {
      unsubscribe();
      processor.stop();
      await processor.idle();
    },
  };
}
