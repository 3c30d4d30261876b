import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { formatComparisonJson } from '../../src/format/json.js';
import type { ChangeType, Comparison, MetadataLine, ShiftKind, SkipReason, StatementKind } from '../../src/types.js';
import { corpusComparison, editedComparison } from './fixtures.js';

const schemaPath = join(import.meta.dirname, '..', '..', 'schema', 'comparison.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $defs: Record<string, { properties: Record<string, { enum?: string[] }> }> };
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

describe('formatComparisonJson', () => {
  test('is the Comparison itself, pretty, in the object’s key order, with a trailing newline', () => {
    const comparison = corpusComparison();
    const json = formatComparisonJson(comparison);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.startsWith('{\n  "schemaVersion": 1,\n  "before": {\n    "title": ')).toBe(true);
    expect(JSON.parse(json)).toEqual(comparison);
    expect(Object.keys(JSON.parse(json).changes[0])).toEqual(Object.keys(comparison.changes[0]!));
  });
});

describe('schema/comparison.schema.json', () => {
  test.each([
    ['June → October corpus pair', corpusComparison],
    ['edited, hostile copy', editedComparison],
  ])('accepts the formatted JSON of the %s', (_name, make) => {
    const valid = validate(JSON.parse(formatComparisonJson(make())));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  // Each mutation breaks one rule of types.ts; the schema must catch every one.
  test.each<[string, (comparison: Record<string, any>) => void, string]>([
    ['a newer schemaVersion', (c) => (c.schemaVersion = 2), '/schemaVersion'],
    ['an unknown change type', (c) => (c.changes[0].type = 'moved'), '/changes/0/type'],
    ['a similarity above 1', (c) => (c.changes[0].similarity = 1.5), '/changes/0/similarity'],
    ['a statement without its verb', (c) => delete c.before.statements[0].verb, '/before/statements/0'],
    ['a field types.ts does not have', (c) => (c.changes[0].score = 3), '/changes/0'],
    ['an edit both added and removed', (c) => (c.changes[0].edits[0] = { value: 'x', added: true, removed: true }), '/changes/0/edits/0'],
    ['a shift with an unknown direction', (c) => (c.changes[0].shifts[0].direction = 'up'), '/changes/0/shifts/0/direction'],
    ['a negative offset', (c) => (c.after.statements[0].start = -1), '/after/statements/0/start'],
    ['a statement id in another form', (c) => (c.changes[0].after[0] = 'after-1'), '/changes/0/after/0'],
    ['a date that is not ISO', (c) => (c.before.date = 'June 1, 2023'), '/before/date'],
    ['a summary missing a count', (c) => delete c.summary.moved, '/summary'],
  ])('rejects %s', (_name, mutate, path) => {
    const comparison = JSON.parse(formatComparisonJson(corpusComparison()));
    mutate(comparison);
    expect(validate(comparison)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(path);
  });

  // The enums are written out twice, in types.ts and in the schema; these records fail to compile
  // when a union gains or loses a member, and the test fails when the schema does not follow.
  test('enums match the unions of types.ts', () => {
    const changeTypes: Record<ChangeType, true> = { unchanged: true, reworded: true, new: true, dropped: true, split: true, merged: true };
    const shiftKinds: Record<ShiftKind, true> = { verb: true, intensity: true, modality: true, negation: true, actor: true, term: true, number: true };
    const directions: Record<Comparison['changes'][number]['shifts'][number]['direction'], true> = { stronger: true, weaker: true, neutral: true };
    const significances: Record<Comparison['changes'][number]['significance'], true> = { none: true, cosmetic: true, substantive: true };
    const kinds: Record<StatementKind, true> = { position: true, context: true };
    const fields: Record<MetadataLine['field'], true> = { title: true, date: true, issuer: true, source: true, other: true };
    const reasons: Record<SkipReason, true> = { 'front-matter': true, boilerplate: true, attribution: true, 'item-marker': true, fragment: true, markup: true };
    const defs = schema.$defs;
    const enumOf = (def: string, property: string): string[] => [...(defs[def]!.properties[property]!.enum ?? [])].sort();
    expect(enumOf('change', 'type')).toEqual(Object.keys(changeTypes).sort());
    expect(enumOf('shift', 'kind')).toEqual(Object.keys(shiftKinds).sort());
    expect(enumOf('shift', 'direction')).toEqual(Object.keys(directions).sort());
    expect(enumOf('change', 'significance')).toEqual(Object.keys(significances).sort());
    expect(enumOf('statement', 'kind')).toEqual(Object.keys(kinds).sort());
    expect(enumOf('metadataLine', 'field')).toEqual(Object.keys(fields).sort());
    expect(enumOf('skipped', 'reason')).toEqual(Object.keys(reasons).sort());
  });
});
