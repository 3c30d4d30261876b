import { readoutFromContent, resolveInputFormat, type InputFormat } from '../input/read.js';
import { loadFrontMatterParser, mayHaveFrontMatter } from '../parse/front-matter.js';
import { ReadoutError } from '../errors.js';
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
  // A page is turned into text once, here, so that its text too is looked at for front matter.
  const page = format === 'html' ? (await import('../input/html.js')).htmlToText(content) : null;
  // The bundled copy of `yaml`, one file, loads several times faster than the package's own files.
  if (mayHaveFrontMatter(page?.text ?? content)) await loadFrontMatterParser();
  try {
    return readoutFromContent(content, format, options, page ? () => page : noPage);
  } catch (error) {
    // Among several inputs (compare, timeline), the message names the one that failed.
    if (error instanceof ReadoutError) throw new ReadoutError(error.code, `${fileName ?? 'standard input'}: ${error.message}`);
    throw error;
  }
}

function noPage(): never {
  throw new Error('an HTML page was read as text');
}
