/** Features of one statement (stems, IDF weights) and the one scoring function. */
export { actorStems, contentWords, derivePlaceStems, readContentWords, stemSalience, statementSalience, LOW_SALIENCE, StemNumbering } from './words.js';
export type { StemmedWord, StemRecord } from './words.js';
export { documentFrequencies, roughSentences, CORPUS_FREQUENCIES } from './document-frequency.js';
export type { DocumentFrequencies } from './document-frequency.js';
export { corpusFrequency, idfOf } from './idf.js';
export type { IdfTable } from './idf.js';
export { featuresOf, newFeatureStore, NumberedFeatures } from './features.js';
export type { FeatureStore, StatementFeatures } from './features.js';
export { similarity, containment, contentCoverage, unionCoverage } from './score.js';
export { areVariantStems, variantMap } from './variants.js';
