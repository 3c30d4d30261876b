import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The gold files of a fixtures folder (a URL relative to the caller), full paths in name order. */
export function goldFilesIn(folder: URL): string[] {
  const dir = fileURLToPath(folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${dir}${f}`);
}
