import type { Readout } from '../types.js';
import { htmlToText } from './html.js';
import { readoutFromContent, resolveInputFormat, type InputOptions } from './read.js';

export { INPUT_FORMATS, detectInputFormat, looksLikeHtml, type InputFormat, type InputOptions } from './read.js';

/**
 * A readout from a file's content in any input format: plain text, Markdown with YAML front
 * matter, or an HTML page. For HTML, the page's main text is extracted first and the readout's
 * offsets point into that text (`Readout.text`).
 *
 * @example
 * readoutFromInput('<main><h1>Readout</h1><p>The Ministers met.</p></main>', { inputFormat: 'html' }).title
 * //=> 'Readout'
 */
export function readoutFromInput(content: string, options: InputOptions = {}): Readout {
  return readoutFromContent(content, resolveInputFormat(content, options), options, htmlToText);
}
