// Which guard corpora the learned second opinion trains on and which fresh-writer batches the
// leave-one-batch-out measure holds out, in one place for train-guard.ts and lobo-guard.ts.
// Never here: holdout, blind2, any later blind set, corpora/blind-*, and a calibration batch.
import type { Category } from '../src/guard/types.js';

/**
 * Training splits (`blind` is the round-one blind set, training data since it was tuned on). Round
 * eight adds train10 (calibration in round seven), the fresh-writer batches train11, train12 and train16–train19, and
 * the family-focused batches train14 and train15; train13 calibrates the thresholds and is never here. Round fourteen adds train33 and train34 (fresh writers whose misses the rule helpers read).
 */
export const TRAIN_SPLITS: readonly string[] = ['dev', 'blind', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'train7a', 'train7b', 'train8', 'train9', 'train10', 'train11', 'train12', 'train14', 'train15', 'train16', 'train17', 'train18', 'train19', 'train33', 'train34'];

/**
 * The calibration folds (scripts/calibrate-guard-lobo.ts): fresh writers' batches that no rule was tuned on
 * (round nine: train13, train20–train23; round ten adds train24–train26). Each is held out in turn to set the
 * thresholds; the shipped model then trains on them too. Round thirteen adds train31 and train32 (fourteen folds); round
 * fourteen adds train35–train38, and calibrates on those four alone (CLEAN_FOLDS_ROUND_FOURTEEN), since the rule helpers of
 * rounds thirteen and fourteen had read the older folds.
 */
export const CALIBRATION_BATCHES: readonly string[] = ['train13', 'train20', 'train21', 'train22', 'train23', 'train24', 'train25', 'train26', 'train27', 'train28', 'train29', 'train30', 'train31', 'train32', 'train35', 'train36', 'train37', 'train38'];

/**
 * Round fourteen's calibration folds: the batches no rule helper read. train37 and train38 were written into a folder
 * the helpers were forbidden to open and joined corpora/ only at the merge; train35 and train36 were the helpers'
 * held-out check, of which they saw aggregate counts only (so these two are slightly less clean). train33 and
 * train34, whose misses the rule helpers read, are training splits above. `scripts/calibrate-guard-lobo.ts --folds`.
 */
export const CLEAN_FOLDS_ROUND_FOURTEEN: readonly string[] = ['train35', 'train36', 'train37', 'train38'];

/** Batches by writers the rules and the model had not seen: each is held out once by lobo-guard.ts. */
export const FRESH_BATCHES: readonly string[] = ['train7a', 'train7b', 'train8', 'train9', 'train10', 'train11', 'train12', 'train14', 'train15', 'train16', 'train17', 'train18', 'train19'];

/**
 * Pinned thresholds. Round fourteen: the unchanged rule of scripts/calibrate-guard-lobo.ts over the four clean folds
 * (CLEAN_FOLDS_ROUND_FOURTEEN, 1,360 drafts, each scored by a model that had not seen its batch; round-fourteen rules
 * merged) chose claim 0.3 (extras 36 right / 5 wrong; rules alone 0.939 / 0.82 -> 0.932 / 0.92), disclosure 0.35 (39/9;
 * 0.969 / 0.87 -> 0.950 / 0.96), pressure 0.3 (30/2; 0.983 / 0.78 -> 0.976 / 0.91). Condition (c) then failed for claim
 * at 0.3 and 0.35 (the quoted reply 'Kak, soal "katanya dijamin sembuh" itu bukan dari kami ya.' and the sample of
 * evaluation.test.ts) and for pressure up to 0.45 ("Still using the old model?" at 0.36; the dated "… last chance to
 * join this year" below 0.5), so the next grid points the rule allows where (c) holds: claim 0.4 (31/3; 0.936 / 0.90),
 * pressure 0.5 (20/0; 0.985 / 0.87). Tuning figures on the folds (corpora/guard/recorded/round14-calibration.txt),
 * decided before the blind pair 12q + 12r was scored after the round. Round thirteen shipped ROUND TWELVE'S values (claim 0.45, disclosure 0.35, pressure 0.45), not the
 * calibration below. The calibration rule needs folds no rule was tuned on; this round's rule helpers wrote their
 * shapes from the folds' own misses (the round's brief asked them to), so on the folds the rules look near-complete and
 * the model's extras look few and wrong, which pushes every threshold up. The last calibration whose folds were unseen
 * by the rules is round twelve's. This was noticed only after the blind pair 12o + 12p had been scored once with the
 * values below (claim 0.99/0.85, disclosure 0.99/0.91, pressure 0.96/0.77; the model's right extras fell 57 -> 28), so
 * the figures at the reverted values are blind-informed, and the pair's READMEs say so. Next round's folds must be
 * batches no helper reads. The invalid calibration, kept for the record: at the merge train31 and train32 join the folds (fourteen, 4,393 drafts) and the
 * round-thirteen rule shapes are in (gclaim3's COMPETITOR_DISPARAGE, gfomo3's FOMO, gdisc3's CHILD_APPEAL and
 * FINANCE_RETURN); the rules alone now reach 0.951 / 0.85 (claim), 0.964 / 0.91 (disclosure), 0.951 / 0.95 (pressure)
 * on the folds, and the unchanged rule gives claim 0.6 (extras 79 right / 5 wrong; with the model 0.950 / 0.90),
 * disclosure 0.45 (60/12; 0.956 / 0.96), pressure 0.875 (2/0; 0.950 / 0.96): with FOMO found by the rules, the model's
 * pressure extras are mostly wrong below that. Tuning figures on the folds (corpora/guard/recorded/round13-calibration.txt).
 * Round twelve, at the merge: train29 and train30 join the folds (twelve, 3,713 drafts) and grules'
 * rule shapes are in; the unchanged rule then gives claim 0.45 (extras 166 right / 15 wrong; rules alone 0.949 / 0.77,
 * with the model 0.944 / 0.89), disclosure 0.35 (178/19; 0.944 / 0.74 -> 0.936 / 0.93), pressure: (a) and (b) allow
 * 0.3, condition (c) fails there (the unit test's dated "… the last chance to join this year" scored 0.426), so the
 * next grid point above it, 0.45 (37/3; 0.938 / 0.80 -> 0.936 / 0.89). Tuning figures on the folds
 * (corpora/guard/recorded/round12-calibration.txt). Before the merge, on ten folds (helper glearn): claim 0.5, the unchanged rule's choice over the same ten folds once the claim
 * heads train residually (DEFAULT_OPTIONS.ruleFoundWeight) over words, pairs and negated words (features.ts):
 * extras 108 right / 7 wrong, P/R 0.952 / 0.77 -> 0.951 / 0.87 (round eleven's model: 0.7, 87/4, 0.952 / 0.85;
 * residual training alone: 0.55, 97/5, 0.952 / 0.86). Disclosure 0.4 again (114/12, 0.942 / 0.92). Pressure: the
 * rule allows 0.35 again, held at 0.5 by condition (c) as before (14/1, 0.946 / 0.93). Every unit test of the guard
 * passes with the weights retrained at these values. Tuning figures on the folds
 * (corpora/guard/recorded/round12-glearn-calibration-after.txt; residual training alone: …-residual-only.txt).
 * Round eleven: the same unchanged rule over ten folds (train27 and train28 join: 3,015 drafts),
 * with round eleven's claim rules (detect/claim-cause.ts) merged. Their precision on the folds rose to 0.952 alone,
 * so the precision floor is 0.95 itself and claim takes 0.7 (extras 87 right / 4 wrong; P/R 0.952 / 0.77 ->
 * 0.952 / 0.85); with round ten's rules the same folds gave 0.55 (floor 0.931). Disclosure 0.4 (extras 114/12;
 * 0.950 / 0.76 -> 0.942 / 0.92). Pressure: (a) and (b) allowed 0.35 (16/3; 0.947 / 0.89 -> 0.941 / 0.94), but
 * condition (c) failed there as in round ten (the unit test's "… the last chance to join this year", with its
 * date and hour, scored 0.490), so the next grid point above it that (a) and (b) allow: 0.5 (13/0; 0.949 / 0.93).
 * Tuning figures on the folds (corpora/guard/recorded/round11-calibration.txt).
 * Round ten: calibrated cross-validated over eight folds (train13, train20–train26: 2,313
 * drafts no rule was tuned on, each scored by a model that had not seen its batch) by the unchanged rule of
 * scripts/calibrate-guard-lobo.ts: claim 0.55 (pooled extras 88 right / 12 wrong; rules alone P 0.948 R 0.76,
 * with the model 0.939 / 0.88), disclosure 0.45 (85/10; 0.944 / 0.76 -> 0.936 / 0.90), pressure 0.5 (12/1;
 * 0.959 / 0.88 -> 0.957 / 0.92): the rule's (a) and (b) allowed 0.4, but there condition (c) failed, a unit
 * test's hard negative ("… this is the last chance to join this year", with its date and hour) scored 0.485,
 * so the next grid point that keeps every unit test quiet. Tuning figures on the folds
 * (corpora/guard/recorded/round10-calibration.txt).
 * Round nine's values, on its five folds, were 0.875 / 0.55 / 0.6: the three new batches brought 976 more
 * unseen drafts, on which the model's extras at lower thresholds were mostly right.
 */
export const PINNED_THRESHOLDS: Readonly<Record<Category, number>> = { claim: 0.4, disclosure: 0.35, pressure: 0.5 };
