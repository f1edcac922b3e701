import type { Runtime } from '../runtime.js';

/** What request-time commands need: the store, the queue and the live-event bus. */
export type AppDeps = Pick<Runtime, 'store' | 'queue' | 'events'>;
