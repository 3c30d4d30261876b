/** Features of one statement (stems, IDF weights) and the one scoring function. */
export { contentWords, stemSalience, statementSalience, foldedText, LOW_SALIENCE } from './words.js';
export type { StemmedWord } from './words.js';
export { documentFrequencies, roughSentences, CORPUS_FREQUENCIES } from './document-frequency.js';
export type { DocumentFrequencies } from './document-frequency.js';
export { idfTable } from './idf.js';
export type { IdfTable } from './idf.js';
export { featuresOf } from './features.js';
export type { StatementFeatures } from './features.js';
export { similarity, coverage, containment, unionCoverage, sharedMass, mergedMass, levenshteinRatio } from './score.js';
export { areVariantStems, variantMap } from './variants.js';
