/**
 * Speech-act verbs of diplomatic readouts, grouped by function and ordered by strength within
 * each group (a higher `strength` commits, approves or objects more firmly). The table itself is
 * data (`data/verbs.json`); this module only expands inflected forms and answers look-ups.
 *
 * "confirmed" → "reaffirmed" is stronger (commitment 3 → 4); "welcomed" → "noted" is weaker
 * (evaluation 3 → 1); "discussed" → "exchanged" is neutral (same strength). A lemma may sit in
 * two groups ("note", "acknowledge": stating and evaluating).
 */
import data from './data/verbs.json';

/** What a speech act does: commit or restate, evaluate, object, ask others to act, or report what was done. */
export type VerbGroup = 'commitment' | 'evaluation' | 'concern' | 'request' | 'report';

/** One speech-act verb of the lexicon: its lemma, inflected forms, group and strength. */
export interface VerbEntry {
  lemma: string;
  /** Inflected forms as they appear in readouts ("reaffirmed", "reaffirms", "reaffirming"). */
  forms: string[];
  group: VerbGroup;
  /** Strength within the group, from 1 (weakest) upward. */
  strength: number;
}

const GROUPS: readonly VerbGroup[] = ['commitment', 'evaluation', 'concern', 'request', 'report'];

/** Regular forms of a lemma: the lemma, -s, -ed, -ing (with a final "e" dropped before -ed, -ing). */
function regular(lemma: string, extra: readonly string[] = []): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const ed = /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  return [...new Set([lemma, s, ed, `${stem}ing`, ...extra])];
}

/** Regular forms readouts use as nouns ("the meeting", "the United States"): not verb forms. */
const NOT_FORMS: ReadonlySet<string> = new Set(data.notForms);

function toEntry(row: readonly unknown[]): VerbEntry {
  const [lemma, group, strength, extra] = row as [string, string, number, string[] | undefined];
  if (!GROUPS.includes(group as VerbGroup)) throw new Error(`verbs.json: unknown group ${group}`);
  const forms = regular(lemma, extra ?? []).filter((form) => !NOT_FORMS.has(form));
  return { lemma, forms, group: group as VerbGroup, strength };
}

/**
 * Every speech-act verb of the lexicon with its forms, group and strength.
 *
 * @example
 * SPEECH_ACT_VERBS.find((e) => e.lemma === 'reaffirm')
 * //=> { lemma: 'reaffirm', forms: ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'], group: 'commitment', strength: 4 }
 */
export const SPEECH_ACT_VERBS: readonly VerbEntry[] = data.verbs.map(toEntry);

const LEMMA_BY_FORM: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const entry of SPEECH_ACT_VERBS) {
    for (const form of entry.forms) if (!map.has(form)) map.set(form, entry.lemma);
  }
  return map;
})();

const ENTRIES_BY_LEMMA: ReadonlyMap<string, VerbEntry[]> = (() => {
  const map = new Map<string, VerbEntry[]>();
  for (const entry of SPEECH_ACT_VERBS) {
    const list = map.get(entry.lemma) ?? [];
    list.push(entry);
    map.set(entry.lemma, list);
  }
  return map;
})();

/**
 * The lemma of a speech-act verb form, or null when the word is not one.
 *
 * @example
 * speechActLemma('Reaffirmed') //=> 'reaffirm'
 */
export function speechActLemma(word: string): string | null {
  return LEMMA_BY_FORM.get(word.toLowerCase()) ?? null;
}

/**
 * The lexicon entries of a lemma (a lemma such as "acknowledge" may sit in two groups).
 *
 * @example
 * verbEntries('acknowledge').map((e) => e.group) //=> ['commitment', 'evaluation']
 */
export function verbEntries(lemma: string): VerbEntry[] {
  return [...(ENTRIES_BY_LEMMA.get(lemma.toLowerCase()) ?? [])];
}

/**
 * How a change of speech-act verb moves the position: by strength within a shared group, and
 * 'neutral' across groups, for equal strength, or when either verb is unknown. Inflected forms
 * are accepted ("confirmed" → "reaffirmed").
 *
 * @example
 * compareVerbs('confirm', 'reaffirm') //=> 'stronger'
 * compareVerbs('welcomed', 'appreciated') //=> 'weaker'
 * compareVerbs('welcomed', 'noted') //=> 'weaker'
 * compareVerbs('welcome', 'urge') //=> 'neutral'
 */
export function compareVerbs(fromLemma: string, toLemma: string): 'stronger' | 'weaker' | 'neutral' {
  const from = verbEntries(speechActLemma(fromLemma) ?? fromLemma);
  const to = verbEntries(speechActLemma(toLemma) ?? toLemma);
  // "acknowledge" sits in two groups: use the first group both verbs share, in table order.
  for (const a of from) {
    const b = inGroup(to, a.group);
    if (!b) continue;
    if (b.strength > a.strength) return 'stronger';
    if (b.strength < a.strength) return 'weaker';
    return 'neutral';
  }
  return 'neutral';
}

/** The first entry of a group. */
function inGroup(entries: readonly VerbEntry[], group: VerbGroup): VerbEntry | undefined {
  for (const entry of entries) if (entry.group === group) return entry;
  return undefined;
}
