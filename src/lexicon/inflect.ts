/**
 * Base-form candidates of an inflected English word, for look-ups in lemma tables (the lexicon
 * stores lemmas; readouts say "underscored", "concurs", "supporting").
 */
import { speechActLemma } from './verbs.js';

/**
 * The word itself, its speech-act lemma, and plausible base forms with -s, -es, -ed, -ing removed.
 *
 * @example
 * baseForms('Underscored') //=> ['underscored', 'underscore', 'underscor']
 */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase().trim();
  const out = new Set<string>([w]);
  const lemma = speechActLemma(w);
  if (lemma) out.add(lemma);
  if (w.endsWith('ies') || w.endsWith('ied')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.add(w.slice(0, -1)).add(w.slice(0, -2));
  else if (w.endsWith('s') && !w.endsWith('ss')) out.add(w.slice(0, -1));
  if (w.endsWith('ed')) out.add(w.slice(0, -1)).add(w.slice(0, -2));
  if (w.endsWith('ing')) out.add(`${w.slice(0, -3)}e`).add(w.slice(0, -3));
  // "committed", "planning": a doubled final consonant before the suffix.
  for (const form of [...out]) if (/([b-df-hj-np-tv-z])\1$/.test(form)) out.add(form.slice(0, -1));
  const forms: string[] = [];
  for (const form of out) if (form.length > 1) forms.push(form);
  return forms;
}
