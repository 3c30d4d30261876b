import { extname } from 'node:path';
import { ReadoutError } from '../errors.js';
import { parseReadout } from '../parse/index.js';
import type { ParseOptions, Readout } from '../types.js';
import { htmlToText, looksLikeHtml } from './html.js';

/** How an input is read: plain text, Markdown with YAML front matter, or an HTML page. */
export type InputFormat = 'text' | 'markdown' | 'html';

export const INPUT_FORMATS: readonly (InputFormat | 'auto')[] = ['auto', 'text', 'markdown', 'html'];

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/**
 * The format of an input, from its file name's extension when it has a known one, else from
 * its content (a doctype or `<html>` tag means HTML; anything else is read as text, which also
 * takes YAML front matter).
 *
 * @example
 * detectInputFormat('readout.htm', '') //=> 'html'
 */
export function detectInputFormat(fileName: string | undefined, content: string): InputFormat {
  const byName = fileName === undefined ? undefined : BY_EXTENSION[extname(fileName).toLowerCase()];
  if (byName !== undefined) return byName;
  return looksLikeHtml(content) ? 'html' : 'text';
}

/**
 * A readout from a file's content in any input format. For HTML, the page's main text is
 * extracted first and the readout's offsets point into that text (`Readout.text`).
 *
 * @example
 * readoutFromInput('<main><h1>Readout</h1><p>The Ministers met.</p></main>', { format: 'html' }).title
 * //=> 'Readout'
 */
export function readoutFromInput(
  content: string,
  options: ParseOptions & { inputFormat?: InputFormat | 'auto'; fileName?: string } = {},
): Readout {
  const { inputFormat = 'auto', fileName, ...parseOptions } = options;
  if (!INPUT_FORMATS.includes(inputFormat)) {
    throw new ReadoutError('INVALID_OPTION', `input format must be one of ${INPUT_FORMATS.join(', ')}, not '${String(inputFormat)}'`);
  }
  const format = inputFormat === 'auto' ? detectInputFormat(fileName, content) : inputFormat;
  if (format !== 'html') return parseReadout(content, { ...parseOptions, format });
  const page = htmlToText(content);
  const readout = parseReadout(page.text, { ...parseOptions, format: 'text' });
  return readout.title === null && page.title !== null ? { ...readout, title: page.title } : readout;
}
