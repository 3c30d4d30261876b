/**
 * The parser: front matter and header → sections → paragraphs → sentences → statements.
 */
export { parseReadout, toReadout, MAX_INPUT_LENGTH } from './parse-readout.js';
export { normalizeText } from './normalize.js';
export { SEGMENT_RULES } from './segment-rules.js';
export type { Candidate, SegmentRule, Verdict } from './segment-rules.js';
