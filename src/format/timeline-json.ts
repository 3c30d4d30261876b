import type { Timeline } from '../types.js';

/**
 * The Timeline as pretty JSON (two-space indent, a trailing newline): what
 * `readout-diff timeline --format json` prints.
 *
 * @example
 * JSON.parse(formatTimelineJson(trackPositions([a, b]))).schemaVersion //=> 1
 */
export function formatTimelineJson(timeline: Timeline): string {
  return `${JSON.stringify(timeline, null, 2)}\n`;
}
