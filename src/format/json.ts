import type { Comparison } from '../types.js';

/**
 * The Comparison as pretty JSON (two-space indent, keys in the order the object has them, a
 * trailing newline), described by `schema/comparison.schema.json`.
 *
 * @example
 * JSON.parse(formatComparisonJson(compareReadouts(before, after))).schemaVersion
 * //=> 1
 */
export function formatComparisonJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}
