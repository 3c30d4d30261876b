/**
 * Speech-act verbs of diplomatic readouts, grouped by function and ordered by strength within
 * each group (a higher `strength` commits, approves or objects more firmly). Data, not code.
 *
 * "confirmed" → "reaffirmed" is stronger (commitment 3 → 4); "welcomed" → "noted" is weaker
 * (evaluation 3 → 1); "discussed" → "exchanged views" is neutral (same strength).
 */

export type VerbGroup = 'commitment' | 'evaluation' | 'concern' | 'request' | 'report';

export interface VerbEntry {
  lemma: string;
  /** Inflected forms as they appear in readouts ("reaffirmed", "reaffirms", "reaffirming"). */
  forms: string[];
  group: VerbGroup;
  /** Strength within the group, from 1 (weakest) upward. */
  strength: number;
}

/** Regular forms of a lemma: the lemma, -s, -ed, -ing (with a final "e" dropped before -ed, -ing). */
function regular(lemma: string, extra: string[] = []): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const ed = /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  return [lemma, s, ed, `${stem}ing`, ...extra];
}

function verb(lemma: string, group: VerbGroup, strength: number, extra: string[] = []): VerbEntry {
  return { lemma, forms: regular(lemma, extra), group, strength };
}

export const SPEECH_ACT_VERBS: readonly VerbEntry[] = [
  // commitment: stating or restating a shared position
  verb('discuss', 'commitment', 1),
  verb('exchange', 'commitment', 1),
  verb('share', 'commitment', 1),
  verb('note', 'commitment', 1),
  verb('recognize', 'commitment', 2, ['recognise', 'recognised', 'recognises', 'recognising']),
  verb('agree', 'commitment', 3, ['agreed']),
  verb('concur', 'commitment', 3, ['concurred', 'concurring']),
  verb('confirm', 'commitment', 3),
  verb('affirm', 'commitment', 3),
  verb('acknowledge', 'commitment', 2),
  verb('stress', 'commitment', 3),
  verb('emphasize', 'commitment', 3, ['emphasise', 'emphasised', 'emphasises', 'emphasising']),
  verb('underscore', 'commitment', 3),
  verb('highlight', 'commitment', 3),
  verb('express', 'commitment', 2),
  verb('state', 'commitment', 2),
  verb('explain', 'commitment', 1),
  verb('reconfirm', 'commitment', 4),
  verb('reaffirm', 'commitment', 4),
  verb('reiterate', 'commitment', 4),
  verb('renew', 'commitment', 4),
  verb('commit', 'commitment', 5, ['committed', 'committing']),
  verb('pledge', 'commitment', 5),
  verb('vow', 'commitment', 5),
  verb('resolve', 'commitment', 5),
  // evaluation: approving of something
  verb('acknowledge', 'evaluation', 1),
  verb('appreciate', 'evaluation', 2),
  verb('welcome', 'evaluation', 3),
  verb('support', 'evaluation', 3),
  verb('thank', 'evaluation', 3),
  verb('congratulate', 'evaluation', 3),
  verb('praise', 'evaluation', 4),
  verb('commend', 'evaluation', 4),
  verb('applaud', 'evaluation', 4),
  verb('hail', 'evaluation', 4),
  // concern: objecting to something
  verb('raise', 'concern', 1),
  verb('oppose', 'concern', 3),
  verb('object', 'concern', 3),
  verb('criticize', 'concern', 3, ['criticise', 'criticised', 'criticises']),
  verb('deplore', 'concern', 4),
  verb('denounce', 'concern', 4),
  verb('condemn', 'concern', 5),
  // request: asking others to act
  verb('encourage', 'request', 1),
  verb('invite', 'request', 1),
  verb('call', 'request', 2),
  verb('urge', 'request', 3),
  verb('request', 'request', 3),
  verb('demand', 'request', 4),
  // report: the readout tells what was done
  verb('meet', 'report', 1, ['met']),
  verb('hold', 'report', 1, ['held']),
  verb('speak', 'report', 1, ['spoke']),
  verb('provide', 'report', 1),
  verb('convey', 'report', 1),
  verb('review', 'report', 1),
  verb('receive', 'report', 1),
];

const LEMMA_BY_FORM: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const entry of SPEECH_ACT_VERBS) {
    for (const form of entry.forms) if (!map.has(form)) map.set(form, entry.lemma);
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

/** The lexicon entries of a lemma (a lemma such as "acknowledge" may sit in two groups). */
export function verbEntries(lemma: string): VerbEntry[] {
  return SPEECH_ACT_VERBS.filter((entry) => entry.lemma === lemma);
}
