import { extname } from 'node:path';
import { ReadoutError } from '../errors.js';
import { parseReadout } from '../parse/index.js';
import type { ParseOptions, Readout } from '../types.js';

/*
 * Reading an input without the HTML parser: which format it is, and how a page's extracted text
 * becomes a readout. `html.ts` (parse5) is loaded only where a page is read, so the command
 * starts without it for text and Markdown.
 */

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
 * Whether a text looks like an HTML page rather than plain text or Markdown: a doctype, or an
 * `<html>`, `<head>` or `<body>` tag near the start.
 *
 * @example
 * looksLikeHtml('<!DOCTYPE html><html>...') //=> true
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return /^<!doctype html/.test(head) || /^<html[\s>]/.test(head) || /<(head|body)[\s>]/.test(head);
}

/** What an HTML page gives to the parser: its `<title>` and its main text. */
export interface PageText {
  title: string | null;
  text: string;
}

/** Options of `readoutFromInput`: the parser's options plus how to read the input. */
export type InputOptions = ParseOptions & { inputFormat?: InputFormat | 'auto'; fileName?: string };

/**
 * The format an input is read in: `inputFormat` when given, else detected from the file name and
 * content. An unknown `inputFormat` is a `ReadoutError('INVALID_OPTION')`.
 *
 * @example
 * resolveInputFormat('<!DOCTYPE html><p>Text.</p>', {}) //=> 'html'
 */
export function resolveInputFormat(content: string, options: InputOptions): InputFormat {
  const { inputFormat = 'auto', fileName } = options;
  if (!INPUT_FORMATS.includes(inputFormat)) {
    throw new ReadoutError('INVALID_OPTION', `input format must be one of ${INPUT_FORMATS.join(', ')}, not '${String(inputFormat)}'`);
  }
  return inputFormat === 'auto' ? detectInputFormat(fileName, content) : inputFormat;
}

/**
 * A readout from an input in a known format; `htmlToText` turns a page into text (passed in so
 * that only callers that read HTML load the HTML parser).
 */
export function readoutFromContent(
  content: string,
  format: InputFormat,
  options: InputOptions,
  htmlToText: (html: string) => PageText,
): Readout {
  const { inputFormat: _inputFormat, fileName: _fileName, ...parseOptions } = options;
  if (format !== 'html') return parseReadout(content, { ...parseOptions, format });
  const page = htmlToText(content);
  const readout = parseReadout(page.text, { ...parseOptions, format: 'text' });
  return readout.title === null && page.title !== null ? { ...readout, title: page.title } : readout;
}
