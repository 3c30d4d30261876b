/**
 * Abbreviations that end in a full stop without ending a sentence, as data for the sentence
 * splitter (src/parse/segment-rules.ts). Words are stored without their final ".", lower-case;
 * the splitter compares case-insensitively ("GEN. Paul M. Nakasone" is "gen").
 */

/**
 * Titles and honorifics: always followed by a name, so a full stop after them is never a
 * sentence end when a capitalised word follows ("Brig. Gen. Pat Ryder", "Ms. Sabrina Singh").
 */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'hon', 'rev', 'st', 'amb', 'gov', 'sen', 'rep',
  'pres', 'gen', 'lt', 'col', 'maj', 'brig', 'capt', 'cmdr', 'cdr', 'adm', 'sgt', 'cpl', 'pvt',
  'lieut', 'comdr', 'radm', 'vadm', 'ltg', 'mg', 'bg', 'gens',
];

/**
 * Abbreviations that stand before a number: a full stop after them is no sentence end when a
 * digit follows ("approx. 45 minutes", "No. 5", "Feb. 3, 2017", "Art. 5").
 */
export const NUMBER_ABBREVIATIONS: readonly string[] = [
  'no', 'nos', 'nr', 'art', 'arts', 'vol', 'p', 'pp', 'para', 'paras', 'sec', 'ch', 'fig', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/**
 * Abbreviations that are never the last word of a sentence, whatever follows ("e.g. Japan",
 * "approx. two hours", "vs. China"). Stored with internal dots removed ("eg" for "e.g").
 */
export const INNER_ABBREVIATIONS: readonly string[] = [
  'eg', 'ie', 'cf', 'vs', 'approx', 'incl', 'esp', 'viz', 'resp',
];

/**
 * Abbreviations that follow a name or end a company's name: like a middle initial, they go on
 * before a capitalised word that is no sentence opener ("Martin Luther King Jr. Day",
 * "Mitsubishi Heavy Industries Ltd. President") and end the sentence before one ("... Inc. The").
 */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'bros', 'esq'];

/**
 * Words that commonly open a sentence. After an initialism or a single initial, one of these
 * means the full stop did end the sentence ("... with the U.S. The Ministers ..."), while any
 * other capitalised word continues it ("the U.S. Air Force", "Lloyd J. Austin III").
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'a', 'an', 'the', 'they', 'he', 'she', 'it', 'its', 'we', 'i', 'in', 'on', 'at', 'as', 'for',
  'from', 'during', 'after', 'before', 'while', 'when', 'this', 'these', 'those', 'that', 'there',
  'their', 'his', 'her', 'our', 'both', 'each', 'all', 'furthermore', 'moreover', 'additionally',
  'however', 'also', 'meanwhile', 'finally', 'further', 'given', 'based', 'regarding', 'following',
  'today', 'yesterday', 'to', 'with', 'under', 'since', 'but', 'and', 'if', 'following', 'amid',
  'recognizing', 'noting', 'separately', 'likewise', 'similarly', 'nevertheless', 'thus',
];
