// Which guard corpora the learned second opinion trains on and which fresh-writer batches the
// leave-one-batch-out measure holds out, in one place for train-guard.ts and lobo-guard.ts.
// Never here: holdout, blind2, any later blind set, corpora/blind-*, and a calibration batch.
import type { Category } from '../src/guard/types.js';

/** Training splits (`blind` is the round-one blind set, training data since it was tuned on). */
export const TRAIN_SPLITS: readonly string[] = ['dev', 'blind', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'train7a', 'train7b', 'train8', 'train9'];

/** Batches by writers the rules and the model had not seen: each is held out once by lobo-guard.ts. */
export const FRESH_BATCHES: readonly string[] = ['train7a', 'train7b', 'train8', 'train9', 'train10', 'train11', 'train12'];

/** Pinned thresholds; how they are chosen is written beside their use in train-guard.ts. */
export const PINNED_THRESHOLDS: Readonly<Record<Category, number>> = { claim: 0.875, disclosure: 0.65, pressure: 0.6 };
