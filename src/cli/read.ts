import { readoutFromContent, resolveInputFormat, type InputFormat } from '../input/read.js';
import { loadFrontMatterParser, mayHaveFrontMatter } from '../parse/front-matter.js';
import type { Readout } from '../types.js';
import { readInput, type CliIo } from './io.js';

/**
 * Reads one input argument (a path, or `-` for standard input) into a readout. The HTML parser
 * is loaded only when the input is a page, and the YAML parser only when it opens with front
 * matter, so reading text starts faster.
 */
export async function readReadout(path: string, io: CliIo, inputFormat: InputFormat | 'auto'): Promise<Readout> {
  return readoutFromText(await readInput(path, io), path === '-' ? undefined : path, inputFormat);
}

/** A readout from text already read, named by `fileName` for format detection. */
export async function readoutFromText(content: string, fileName: string | undefined, inputFormat: InputFormat | 'auto'): Promise<Readout> {
  const options = { inputFormat, fileName };
  const format = resolveInputFormat(content, options);
  const htmlToText = format === 'html' ? (await import('../input/html.js')).htmlToText : noPage;
  // The bundled copy of `yaml`, one file, loads several times faster than the package's own files.
  if (format !== 'html' && mayHaveFrontMatter(content)) await loadFrontMatterParser();
  return readoutFromContent(content, format, options, htmlToText);
}

function noPage(): never {
  throw new Error('an HTML page was read as text');
}
