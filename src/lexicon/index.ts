/**
 * The lexicon of readout-diff: data (under data/), with small look-up functions over it. Nothing
 * here queries WordNet or reads files at run time; the WordNet-derived table is committed JSON
 * (scripts/derive-synonyms.mjs).
 */
export { speechActLemma, verbEntries, compareVerbs, SPEECH_ACT_VERBS } from './verbs.js';
export type { VerbEntry, VerbGroup } from './verbs.js';
export { areSynonyms } from './synonyms.js';
export { baseForms } from './inflect.js';
export { INTENSIFIERS, findIntensifiers, intensifierStrength, isIntensifierWord } from './intensity.js';
export { MODALITY, findModality, modalityEntry } from './modality.js';
export type { ModalityKind } from './modality.js';
export { findNegations, POLARITY_PAIRS, arePolarOpposites } from './negation.js';
export { EQUIVALENT_TERMS, foldEquivalents, forgetFoldedTexts, equivalentKey } from './equivalents.js';
export { isJointActor, actorNames, sameActor } from './actors.js';
export { BOILERPLATE_PHRASES, boilerplateWeight, isBoilerplateWord, findBoilerplate } from './boilerplate.js';
export { STOPWORDS } from './stopwords.js';
export { TERMS_OF_ART, PLACES, findTerms } from './terms.js';
