import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { PageText } from './read.js';

type AnyNode = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content is never readout text: code, styling, navigation and page chrome. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe',
  'svg', 'canvas', 'button', 'select', 'textarea', 'object', 'embed', 'head', 'menu',
]);

/** ARIA roles of page chrome ("role=navigation" on a div is as much navigation as <nav>). */
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menu', 'menubar']);

/** Elements that start a new block of text: each becomes its own paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'figure',
  'figcaption', 'address', 'hr', 'body', 'center', 'caption', 'details', 'summary',
]);

/**
 * The main text of an HTML page as saved from a ministry's website: `<main>` or `<article>` when
 * the page has one, else `<body>`; scripts, styles, navigation, the site's header (not the
 * article's own `<header>` inside `<main>` or `<article>`) and footers dropped;
 * each block element a paragraph, separated by a blank line, so that `parseReadout` reads it as
 * it reads plain text.
 *
 * @example
 * htmlToText('<title>T</title><nav>Home</nav><main><h1>T</h1><p>The Ministers met.</p></main>')
 * //=> { title: 'T', text: 'T\n\nThe Ministers met.\n' }
 */
export function htmlToText(html: string): PageText {
  // parse5 follows the HTML standard, so unclosed and misnested tags mean what a browser makes
  // of them, and its time grows linearly with nesting depth.
  const document = parse(html);
  const found = findLandmarks(document.childNodes);
  const title = found.title ? collapse(textOf(found.title)) || null : null;
  const root = found.main ?? found.article ?? found.body ?? document;
  // A <header> inside <main> or <article> is the readout's own (its <h1> title and date line), not
  // the site's banner: "<article><header><h1>Readout</h1></header>" keeps its title.
  const blocks = collectBlocks(root.childNodes, root === found.main || root === found.article);
  return { title, text: blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '' };
}

interface Landmarks {
  title?: Element;
  main?: Element;
  article?: Element;
  body?: Element;
}

/** The first `<title>`, `<main>` (or role=main), `<article>` and `<body>`, found without recursion. */
function findLandmarks(nodes: AnyNode[]): Landmarks {
  const found: Landmarks = {};
  const stack: AnyNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('childNodes' in node)) continue;
    if ('tagName' in node) {
      const element = node as Element;
      if (element.tagName === 'title') found.title ??= element;
      else if (element.tagName === 'main' || attribute(element, 'role') === 'main') found.main ??= element;
      else if (element.tagName === 'article') found.article ??= element;
      else if (element.tagName === 'body') found.body ??= element;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return found;
}

/**
 * Walks the tree without recursion (a page nested 100,000 deep must not overflow the stack) and
 * gathers the text of each block.
 */
function collectBlocks(nodes: AnyNode[], keepHeaders = false): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const block = current.includes('\n') ? current.split('\n').map(collapse).filter(Boolean).join('\n') : collapse(current);
    if (block) blocks.push(block);
    current = '';
  };
  // A stack of nodes to visit, with markers that close a block after its children.
  const stack: (AnyNode | 'end-block')[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      flush();
      continue;
    }
    if (node.nodeName === '#text') {
      current += (node as DefaultTreeAdapterMap['textNode']).value;
      continue;
    }
    if (!('tagName' in node)) continue; // comments and doctypes
    const element = node as Element;
    if (isDropped(element, keepHeaders)) continue;
    if (element.tagName === 'br') {
      current += '\n';
      continue;
    }
    if (BLOCKS.has(element.tagName)) {
      flush();
      stack.push('end-block');
    }
    for (let i = element.childNodes.length - 1; i >= 0; i--) stack.push(element.childNodes[i]!);
  }
  flush();
  return blocks;
}

function isDropped(element: Element, keepHeaders: boolean): boolean {
  if (DROPPED.has(element.tagName) && !(keepHeaders && element.tagName === 'header')) return true;
  const role = attribute(element, 'role');
  if (role !== undefined && DROPPED_ROLES.has(role)) return true;
  if (attribute(element, 'hidden') !== undefined || attribute(element, 'aria-hidden') === 'true') return true;
  // Hidden by its own style attribute (print-only blocks, collapsed menus); stylesheets are not read.
  const style = attribute(element, 'style');
  return style !== undefined && INLINE_HIDDEN.test(style);
}

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function textOf(element: Element): string {
  return element.childNodes.map((node) => (node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : '')).join('');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
