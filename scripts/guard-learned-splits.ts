// Which guard corpora the learned second opinion trains on and which fresh-writer batches the
// leave-one-batch-out measure holds out, in one place for train-guard.ts and lobo-guard.ts.
// Never here: holdout, blind2, any later blind set, corpora/blind-*, and a calibration batch.
import type { Category } from '../src/guard/types.js';

/**
 * Training splits (`blind` is the round-one blind set, training data since it was tuned on). Round
 * eight adds train10 (calibration in round seven), the fresh-writer batches train11, train12 and train16–train19, and
 * the family-focused batches train14 and train15; train13 calibrates the thresholds and is never here.
 */
export const TRAIN_SPLITS: readonly string[] = ['dev', 'blind', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'train7a', 'train7b', 'train8', 'train9', 'train10', 'train11', 'train12', 'train14', 'train15', 'train16', 'train17', 'train18', 'train19'];

/**
 * Round nine's calibration folds (scripts/calibrate-guard-lobo.ts): fresh writers' batches that no rule was
 * tuned on. Each is held out in turn to set the thresholds; the shipped model then trains on them too.
 */
export const CALIBRATION_BATCHES: readonly string[] = ['train13', 'train20', 'train21', 'train22', 'train23'];

/** Batches by writers the rules and the model had not seen: each is held out once by lobo-guard.ts. */
export const FRESH_BATCHES: readonly string[] = ['train7a', 'train7b', 'train8', 'train9', 'train10', 'train11', 'train12', 'train14', 'train15', 'train16', 'train17', 'train18', 'train19'];

/**
 * Pinned thresholds, calibrated on train13 by the rule written in train-guard.ts (round eight): claim
 * 0.875 (extras 2 right / 0 wrong there and above), disclosure 0.5 (6/1), pressure 0.5 by (a) and 0.6 by
 * (b): a unit-test hard negative ("Registration for the final session closes on 30 June 2027 at 17.00
 * WIB; this is the last chance to join this year.", p 0.56) stays quiet.
 * Disclosure is then raised to 0.65 by the lead, before any blind run: the rule's 0.5 rests on six extras
 * of one small batch, while over all training drafts (with round eight's rules) the extras at 0.5 were 24
 * right / 30 wrong and at 0.65 19 / 14; 0.65 also satisfies the rule on train13 and was round seven's value.
 */
export const PINNED_THRESHOLDS: Readonly<Record<Category, number>> = { claim: 0.875, disclosure: 0.65, pressure: 0.6 };
