/**
 * actorgraph/extract/repairs — mending the parser's commonest misreadings of news sentences
 * before any rule reads the tree (extract/tree.ts runs them in order). Each repair is one
 * construction the parser gets wrong often enough to cost facts, told by its example; each
 * keeps the tree a tree (no word under its own dependent).
 *
 * One file per family of repair: main-verb (which word is the root), speech (who says what),
 * noun-clauses (a noun and a clause taken for one another), conjuncts (what "and" joins),
 * speech-participle (whose "…, adding" it is), coordinated-speaker ("…, officials and witnesses said"), describing-participle ("a truck carrying soldiers"), unjoined-participle ("Africans ordered out of Nigeria"), reason-phrase ("blamed the rebels for the killing of …"), noun-phrases (appositions and names), objects (whose object a noun is), time, motion ("to" and "from" phrases of moving),
 * word-class (an adjective read as a verb, or back, a noun of relation read as an adjective, a perfect's participle as one, or a name's participle as a verb), distance (a measure is where, never who), paired-subjects (two subjects joined by "and" are one), place-party ("talks in Madrid with the rebels"), rootless (a sentence with no verb at its root), scheduled ("was due to meet"),
 * reported-acts (an act joined to the verb that reports it), that-plural (a complementiser read as a plural noun's determiner), bare-infinitive ("letting them develop"), that-subject (a complementiser read as taking the clause's subject as its object); draft holds the tree being mended.
 */
import type { Draft } from './draft.js';
import { repairHeadline, repairIntransitiveRoot, repairInvertedCondition, repairMainVerbAfterRelative, repairReducedRelative, repairSubordinateClause } from './main-verb.js';
import { repairBareComplementSubject, repairSubjectBeforeRelative, repairInvertedSpeech, repairParentheticalSpeech, repairSaidInPhrase, repairThatAsObject, repairThatComplement, repairTrailingSpeaker } from './speech.js';
import { repairBareContentClause, repairControlledInfinitive, repairMarkOnSubject, repairNominalComplement, repairNounInfinitive, repairOfClause, repairParticipleOnObject, repairReactedObject } from './noun-clauses.js';
import { repairClauseConjunct, repairConjunctSubject, repairCoordinatedParticiple, repairInfinitiveConjunct, repairModalConjunct, repairObjectBeforeClause, repairObjectConjunct, repairThatConjunct } from './conjuncts.js';
import { repairCaseOnCompound, repairKindBeforeNames, repairLooseApposition, repairNameOnCase, repairOfficeOfApposition, repairPartitiveNumber, repairSplitObject, repairUnmarkedPossessor } from './noun-phrases.js';
import { repairBareDay, repairDateParticle, repairDayBeforeVerb, repairNameBeforeDay, repairTimeModifier, repairTimeSubject } from './time.js';
import { repairMotionGoal, repairMovedFrom, repairSetOutPurpose } from './motion.js';
import { repairGerundObject, repairInfinitiveObject, repairShiftedObject } from './objects.js';
import { repairReportedAct } from './reported-acts.js';
import { repairThatBeforePlural } from './that-plural.js';
import { repairBareInfinitive } from './bare-infinitive.js';
import { repairThatSubjectParticiple } from './that-subject.js';
import { repairSpeechParticiple } from './speech-participle.js';
import { repairCoordinatedSpeaker } from './coordinated-speaker.js';
import { repairDescribingParticiple } from './describing-participle.js';
import { repairUnjoinedParticiple } from './unjoined-participle.js';
import { repairReasonPhrase } from './reason-phrase.js';
import { repairDistanceSubject } from './distance.js';
import { repairPairedSubjects } from './paired-subjects.js';
import { repairPlaceParty } from './place-party.js';
import { repairRootlessPast } from './rootless.js';
import { repairScheduledAdjective } from './scheduled.js';
import { repairAttributiveIng, repairHyphenedParticle, repairListedVerb, repairNeighbouring, repairParticipleBeforeName, repairPerfectAdjective, repairRelationalAdjective } from './word-class.js';

export { xposOf } from './draft.js';
export type { Draft } from './draft.js';

/** Every repair, in the order they depend on each other. */
export function repairTree(d: Draft): void {
  repairHeadline(d);
  repairRootlessPast(d);
  repairScheduledAdjective(d);
  repairMarkOnSubject(d);
  repairInvertedCondition(d);
  repairNameOnCase(d);
  repairCaseOnCompound(d);
  repairPartitiveNumber(d);
  repairTimeSubject(d);
  repairDistanceSubject(d);
  repairPairedSubjects(d);
  repairDateParticle(d);
  repairNameBeforeDay(d);
  repairDayBeforeVerb(d);
  repairBareDay(d);
  repairUnmarkedPossessor(d);
  repairNominalComplement(d);
  repairThatComplement(d);
  repairThatAsObject(d);
  repairThatBeforePlural(d);
  repairThatSubjectParticiple(d);
  repairSaidInPhrase(d);
  repairBareContentClause(d);
  repairOfClause(d);
  repairCoordinatedParticiple(d);
  repairObjectConjunct(d);
  repairReducedRelative(d);
  repairParticipleOnObject(d);
  repairDescribingParticiple(d);
  repairReasonPhrase(d);
  repairReactedObject(d);
  repairClauseConjunct(d);
  repairObjectBeforeClause(d);
  repairTimeModifier(d);
  repairPlaceParty(d);
  repairNeighbouring(d);
  repairParticipleBeforeName(d);
  repairRelationalAdjective(d);
  repairPerfectAdjective(d);
  repairHyphenedParticle(d);
  repairNounInfinitive(d);
  repairControlledInfinitive(d);
  repairBareInfinitive(d);
  repairGerundObject(d);
  repairInfinitiveObject(d);
  repairShiftedObject(d);
  repairParentheticalSpeech(d);
  repairInvertedSpeech(d);
  repairTrailingSpeaker(d);
  repairCoordinatedSpeaker(d);
  repairListedVerb(d);
  repairMovedFrom(d);
  repairMotionGoal(d);
  repairSetOutPurpose(d);
  repairSubordinateClause(d);
  repairAttributiveIng(d);
  repairBareComplementSubject(d);
  repairSubjectBeforeRelative(d);
  repairSpeechParticiple(d);
  repairMainVerbAfterRelative(d);
  repairSplitObject(d);
  repairLooseApposition(d);
  repairIntransitiveRoot(d);
  repairReportedAct(d);
  repairConjunctSubject(d);
  repairInfinitiveConjunct(d);
  repairModalConjunct(d);
  repairThatConjunct(d);
  repairKindBeforeNames(d);
  repairOfficeOfApposition(d);
  repairUnjoinedParticiple(d);
}
