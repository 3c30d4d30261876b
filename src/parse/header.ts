/**
 * Stage 2 of the parser: the lines around the text that are not sentences — the date line
 * ("June 1, 2023"), the issuer line ("Ministry of Defense"), and boilerplate such as the language
 * link ("In Japanese") or the PDF link ("... (Summary) (PDF)").
 *
 * Each test looks at one trimmed line and is anchored at both ends, so that a sentence that only
 * mentions a date or a ministry never matches. Lines longer than MAX_HEADER_LINE are never header
 * lines, which also keeps every regex here on short input.
 */

/** Header lines are short; a longer line is prose. */
export const MAX_HEADER_LINE = 200;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

// "June 1, 2023", "Oct 4, 2022", "Feb. 3, 2017", "Thursday, June 1st, 2023"
const MONTH_DAY_YEAR =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?([a-z]{3,9})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})$/i;
// "1 June 2023", "14 September, 2017"
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[ \t]+([a-z]{3,9})\.?,?[ \t]+(\d{4})$/i;
// "2023-06-01", "2023/6/1"
const ISO_LIKE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
// "2023年6月1日"
const JAPANESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/**
 * The ISO date (YYYY-MM-DD) a whole line states, or null when the line is not just a date.
 *
 * @param line One line of text.
 * @returns The date as YYYY-MM-DD, or null.
 * @example
 * parseDateLine('June 1, 2023') //=> '2023-06-01'
 */
export function parseDateLine(line: string): string | null {
  // "June 1, 2023 (Thursday)", "2023年6月1日（木）": a weekday in brackets after the date.
  // "Date: June 3, 2023": a label before it.
  const text = line
    .trim()
    .replace(/[ \t]*[(（][^()（）]{1,12}[)）]$/, '')
    .replace(/^(?:date|dated)[ \t]*:?[ \t]+/i, '');
  if (text.length > 40) return null;
  let match = MONTH_DAY_YEAR.exec(text);
  if (match) return isoDate(match[3], MONTHS[(match[1] ?? '').toLowerCase()], match[2]);
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return isoDate(match[3], MONTHS[(match[2] ?? '').toLowerCase()], match[1]);
  match = ISO_LIKE.exec(text) ?? JAPANESE.exec(text);
  if (match) return isoDate(match[1], Number(match[2]), match[3]);
  return null;
}

function isoDate(year: string | undefined, month: number | undefined, day: string | undefined): string | null {
  if (year === undefined || month === undefined || day === undefined) return null;
  const y = Number(year);
  const d = Number(day);
  const date = new Date(Date.UTC(y, month - 1, d));
  // Reject "February 30": the date must round-trip.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== d) return null;
  return `${year.padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date option or front-matter value as ISO YYYY-MM-DD when it is a recognisable date, else null.
 *
 * @example
 * toIsoDate('2023-06-01T05:52:00Z') //=> '2023-06-01'
 */
export function toIsoDate(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]{0,30})?$/.exec(text);
  if (iso) return isoDate(iso[1], Number(iso[2]), iso[3]);
  return parseDateLine(text);
}

// "Ministry of Defense", "Ministry of Defense Japan", "Japan Ministry of Defense",
// "U.S. Department of Defense", "Office of the Spokesperson", "The White House".
// Case-sensitive: an issuer line is capitalised word by word, a sentence is not.
const ISSUER =
  /^(?:The[ \t]+)?(?:[A-Z][\w.'’\-]*[ \t]+){0,3}(?:Ministry|Department|Dept\.|Office|Embassy|Mission|Bureau|Agency|Secretariat|Cabinet)(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w.'’\-]*(?:[ \t]+(?:of|and|for|the|[A-Z][\w.'’\-]*)){0,6})?$/;
// The same, for a line in capitals ("OFFICE OF THE SPOKESPERSON").
const ISSUER_CAPITALS = new RegExp(ISSUER.source, 'i');
const WHITE_HOUSE = /^the white house$/i;

/**
 * True when a whole line names an issuing body ("Ministry of Defense", "U.S. Department of State").
 *
 * @example
 * isIssuerLine('Ministry of Defense Japan') //=> true
 */
export function isIssuerLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 80 || /[.!?:;]$/.test(text)) return false;
  if (!/\p{Ll}/u.test(text)) return ISSUER_CAPITALS.test(text);
  return ISSUER.test(text) || WHITE_HOUSE.test(text);
}

/**
 * Boilerplate lines of government web pages, as data: each one is a whole line that is no
 * sentence and no metadata. Anchored patterns on short lines only.
 */
const BOILERPLATE_LINES: readonly { name: string; pattern: RegExp }[] = [
  // "In Japanese", "in Japanese", and the published typo "In japanse" (MOD, June 2, 2024).
  { name: 'language link', pattern: /^(?:in[ \t]+)?(?:jap[a-z]{2,6}|english|日本語|英語)(?:[ \t]+(?:version|page|text))?\.?$/i },
  // "(Press Release)", "Press Releases", "Press Release".
  { name: 'press release label', pattern: /^\(?[ \t]*press[ \t]+releases?[ \t]*\)?$/i },
  // "Japan-U.S. Defense Ministerial Meeting (Summary) (PDF)", "Joint Statement (PDF: 250KB)".
  { name: 'PDF link', pattern: /\((?:pdf|PDF)(?:[:, \t][^()]{0,30})?\)$/ },
  // "Release No: NR-045-17" (DoD releases end with their number).
  { name: 'release number', pattern: /^release[ \t]+(?:no|number|nr)\b[.:]?[ \t]*[\w\-/]+$/i },
  // Navigation left behind by copying a web page.
  { name: 'page navigation', pattern: /^(?:print|share|back to top|page top|top of page|related links?|related articles?|home|next|previous)$/i },
  // "Back to Japan-Australia Relations" (MOFA pages end with a link to their index).
  { name: 'back link', pattern: /^back to [^.!?:;]{1,80}$/i },
];

/**
 * True when a whole line is web-page boilerplate ("In Japanese", "... (PDF)", "(Press Release)").
 *
 * @example
 * isBoilerplateLine('In japanse') //=> true
 */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADER_LINE) return false;
  return BOILERPLATE_LINES.some(({ pattern }) => pattern.test(text));
}
