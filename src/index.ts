/**
 * readout-diff: find what changed between diplomatic readouts.
 *
 * text ──parse──▶ Readout ──compare──▶ Comparison ──format──▶ text | markdown | html | json
 *
 * The public surface is this explicit list; stage functions stay internal.
 */
export { parseReadout, normalizeText } from './parse/index.js';
export { readoutFromInput } from './input/index.js';
export { compareReadouts } from './compare/index.js';
export { referenceReadout, referenceText } from './corpus.js';
export { formatReadoutText } from './format/readout.js';
export { formatComparisonText, describeShift } from './format/text.js';
export { formatComparisonMarkdown } from './format/markdown.js';
export { formatComparisonHtml } from './format/html.js';
export { formatComparisonJson } from './format/json.js';
export { trackPositions, trackPhrases } from './track/index.js';
export { formatTimelineText } from './format/timeline-text.js';
export { formatTimelineCsv } from './format/timeline-csv.js';
export { formatTimelineHtml } from './format/timeline-html.js';
export { formatTimelineJson } from './format/timeline-json.js';
export { evaluateGold } from './eval/index.js';
export { evaluateSeries } from './track/score.js';
export { ReadoutError } from './errors.js';

export type { ReadoutErrorCode } from './errors.js';
export type { CompareOptions } from './compare/index.js';
export type { InputFormat } from './input/index.js';
export type { TextFormatOptions } from './format/text.js';
export type { MarkdownFormatOptions } from './format/markdown.js';
export type { HtmlFormatOptions } from './format/html.js';
export type { EvalOptions, EvalReport, EvalRow } from './eval/index.js';
export type { TrackOptions } from './track/index.js';
export type {
  Change,
  ChangeType,
  Comparison,
  ComparisonSummary,
  Edit,
  MetadataLine,
  ParseOptions,
  Readout,
  Section,
  Shift,
  ShiftKind,
  SkipReason,
  Skipped,
  Statement,
  StatementKind,
  Timeline,
  TimelineReadout,
  Position,
  PositionStatus,
  Occurrence,
  OccurrenceChange,
  PhraseTrack,
  Alert,
} from './types.js';
