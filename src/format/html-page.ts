import { createHash } from 'node:crypto';
import { escapeHtml } from './shared.js';

/** What one self-contained report page holds. */
export interface HtmlPage {
  /** The `<title>`, as plain text (escaped here). */
  title: string;
  /** The inline stylesheet. */
  style: string;
  /** The page's only script, allowed by its hash; plain ES5 without template literals. */
  script: string;
  /** The `<main>` element's content, already escaped. */
  main: string;
}

/**
 * The Content-Security-Policy of a report: nothing may be fetched (no fonts, images, frames or
 * connections), only the inline style and the one inline script with this hash run, no `<base>`,
 * no form submission.
 *
 * @example
 * reportCsp('(function () {})();').startsWith("default-src 'none'") //=> true
 */
function reportCsp(script: string): string {
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

/**
 * A self-contained HTML report page: inline style, one hashed inline script, a CSP that forbids
 * every network request, and the report in `<main>`.
 *
 * @example
 * htmlPage({ title: 'T', style: '', script: '', main: '<h1>T</h1>' }).startsWith('<!doctype html>') //=> true
 */
export function htmlPage(page: HtmlPage): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportCsp(page.script)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="readout-diff">
<title>${escapeHtml(page.title)}</title>
<style>${page.style}</style>
</head>
<body>
<main>
${page.main}
</main>
<script>${page.script}</script>
</body>
</html>
`;
}
