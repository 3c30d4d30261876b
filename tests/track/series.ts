import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The ten MoD summaries of the series gold, in date order (index 6 is the reference readout). */
export const root = join(import.meta.dirname, '..', '..');
export const seriesGoldFile = join(root, 'tests', 'fixtures', 'gold', 'series', 'mod-defense-ministerial-2016-2024.json');
const gold = JSON.parse(readFileSync(seriesGoldFile, 'utf8')) as { readouts: string[] };

export const seriesFiles: string[] = gold.readouts.map((path) =>
  path === 'reference' ? join(root, 'corpus', 'japan-us-dmm-2023-06-01.txt') : join(root, 'tests', 'fixtures', path.replace(/^\.\.\//, '')),
);

export const seriesTexts: string[] = seriesFiles.map((file) => readFileSync(file, 'utf8'));
