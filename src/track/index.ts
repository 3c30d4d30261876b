/** Positions and phrases across a series of readouts. */
export { trackPositions, orderByDate } from './positions.js';
export { trackPhrases } from './phrases.js';
export type { TrackOptions } from './options.js';
export { evaluateSeries, loadSeriesGold } from './score.js';
export type { LoadedSeriesGold } from './score.js';
