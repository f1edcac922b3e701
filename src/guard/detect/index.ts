// Every phrase-level detector, in the order their findings are reported.
import { detectClaimCause } from './claim-cause.js';
import { detectClaimRoundSeven } from './claim-round-seven.js';
import { detectCommercial } from './claims-commercial.js';
import { detectCrowdRanking } from './crowd-ranking.js';
import { detectOthersClass } from './others-class.js';
import { detectCompetitorRoundFourteen } from './competitor-round-fourteen.js';
import { detectFakeFreeRoundFourteen } from './fake-free-round-fourteen.js';
import { detectOthersImplied } from './others-implied.js';
import { detectOverpromise } from './claims-overpromise.js';
import { detectProof } from './claims-proof.js';
import { detectChildImpliedAsk } from './child-implied-ask.js';
import { detectChildRoundThirteen } from './child-round-thirteen.js';
import { detectChildRoundFourteen } from './child-round-fourteen.js';
import { detectPaidRoundFourteen } from './paid-round-fourteen.js';
import { detectChildAppeal, detectFinanceReturn, detectPaidPartnership } from './disclosure-audience.js';
import { detectDisclosureRoundSeven } from './disclosure-round-seven.js';
import { detectLimitationsRisk, detectTermsMissing } from './disclosure-terms.js';
import { detectCreditRoundFourteen } from './credit-round-fourteen.js';
import { detectFomoRoundThirteen } from './fomo-round-thirteen.js';
import { detectFomoRoundFourteen } from './fomo-round-fourteen.js';
import { detectFomoStory } from './fomo-story.js';
import { detectPressure } from './pressure.js';
import { detectPressureRoundSeven } from './pressure-round-seven.js';
import { detectRoundSevenB } from './round-seven-b.js';
import { detectRoundSevenC } from './round-seven-c.js';
import { detectRoundEightClaim } from './round-eight-claim.js';
import { detectRoundEightDisclosure } from './round-eight-disclosure.js';
import { detectRoundEightPressure } from './round-eight-pressure.js';
import { detectSafetyStructure } from './safety-structure.js';
import { detectSavingsProjection } from './savings-projection.js';
import { detectReturnRate } from './return-rate.js';
import { detectCertainReturn } from './guaranteed-return.js';
import { detectFinanceRoundThirteen } from './finance-round-thirteen.js';
import { detectFinanceRoundFourteen } from './finance-round-fourteen.js';
import type { RuleId } from '../types.js';
import type { Detector } from './scan.js';

export const DETECTORS: readonly Detector[] = [
  detectOverpromise,
  detectCrowdRanking,
  detectSafetyStructure,
  detectProof,
  detectCommercial,
  detectOthersImplied,
  detectClaimRoundSeven,
  detectTermsMissing,
  detectCreditRoundFourteen,
  detectLimitationsRisk,
  detectFinanceReturn,
  detectSavingsProjection,
  detectReturnRate,
  detectCertainReturn,
  detectFinanceRoundThirteen,
  detectFinanceRoundFourteen,
  detectPaidPartnership,
  detectPaidRoundFourteen,
  detectChildAppeal,
  detectChildImpliedAsk,
  detectChildRoundThirteen,
  detectChildRoundFourteen,
  detectDisclosureRoundSeven,
  detectRoundSevenB,
  detectRoundSevenC,
  detectRoundEightClaim,
  detectClaimCause,
  detectRoundEightDisclosure,
  detectPressure,
  detectPressureRoundSeven,
  detectRoundEightPressure,
  detectFomoStory,
  detectFomoRoundThirteen,
];

/** Detectors run only when no detector above found their rule in the draft (check.ts). */
export const FALLBACK_DETECTORS: readonly { rule: RuleId; detect: Detector }[] = [
  // Round thirteen: a rival marked only by its class, and any fault word (others-class.ts).
  { rule: 'CLAIM.COMPETITOR_DISPARAGE', detect: detectOthersClass },
  // Round fourteen: the reader set against a group, in shapes the FOMO detectors above leave open (fomo-round-fourteen.ts).
  { rule: 'PRESSURE.FOMO_SHAME', detect: detectFomoRoundFourteen },
  // Round fourteen: a third party by its kind, a fault in its clause, the brand answering next (competitor-round-fourteen.ts).
  { rule: 'CLAIM.COMPETITOR_DISPARAGE', detect: detectCompetitorRoundFourteen },
  // Round fourteen: free, and a sum charged or a purchase required near it (fake-free-round-fourteen.ts).
  { rule: 'CLAIM.FAKE_FREE', detect: detectFakeFreeRoundFourteen },
];
