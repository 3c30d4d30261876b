/** Positions and phrases across a series of readouts. */
export { trackPositions, trackSlots, orderByDate } from './positions.js';
export type { Slot, TrackResult } from './positions.js';
export { trackPhrases, phrasesOf } from './phrases.js';
export { alertsFor } from './alerts.js';
export { positionLabel } from './label.js';
export { DEFAULT_TRACK_OPTIONS, resolveTrackOptions } from './options.js';
export type { TrackOptions, ResolvedTrackOptions } from './options.js';
export { evaluateSeries, loadSeriesGold, checkSeriesGold, scoreSeries, levenshteinSeriesBaseline, SERIES_BASELINE_THRESHOLD } from './score.js';
export type { SeriesGold, LoadedSeriesGold, SeriesEvalOptions, SeriesSystem } from './score.js';
