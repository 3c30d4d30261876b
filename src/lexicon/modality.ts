/** Modal verbs, continuation markers and hedges (a `modality` shift). Data: data/modality.json. */
import data from './data/modality.json';
import { compilePhrases, type PhraseSpec } from './match.js';

export type ModalityKind = 'modal' | 'hedge' | 'continuation';
type Row = [string, ModalityKind, number, string[]?];
const ROWS = data.modality as Row[];

/**
 * Modality markers: kind and how binding the wording is (must 5 … may 1; hedges 1).
 *
 * @example
 * MODALITY.find((m) => m.phrase === 'as appropriate') //=> { phrase: 'as appropriate', kind: 'hedge', strength: 1 }
 */
export const MODALITY: readonly { phrase: string; kind: ModalityKind; strength: number }[] = ROWS.map(
  ([phrase, kind, strength]) => ({ phrase, kind, strength }),
);

const SPECS: PhraseSpec[] = ROWS.map(([phrase, , , forms = []]) => ({ phrase, forms: [phrase, ...forms] }));
const find = compilePhrases(SPECS);

// "On May 2", "in May": the month, not the modal.
const MONTH_BEFORE = /\b(?:in|on|of|since|until|till|by|from|through|last|this|next|early|late|mid|end of)[\s-]+$/i;
// "political will", "the will of the people": the noun, not the modal.
const WILL_NOUN_BEFORE = /\b(?:the|political|good|strong|firm|our|their|its|his|her|free|collective)\s+$/i;

/**
 * The modality markers of a text, one per occurrence in text order, each as its listed phrase
 * ("continued to" → "continue to", "won't" → "will"); case-insensitive, at word boundaries.
 *
 * @example
 * findModality('They would continue to cooperate as appropriate.') //=> ['would', 'continue to', 'as appropriate']
 */
export function findModality(normalizedText: string): string[] {
  const out: string[] = [];
  for (const m of find(normalizedText)) {
    const before = normalizedText.slice(Math.max(0, m.start - 12), m.start);
    if (m.text === 'May' && (/^\s*\d/.test(normalizedText.slice(m.end)) || MONTH_BEFORE.test(before))) continue;
    if (m.phrase === 'will' && WILL_NOUN_BEFORE.test(before)) continue;
    out.push(m.phrase);
  }
  return out;
}

/**
 * The entry of a listed modality phrase, or undefined.
 *
 * @example
 * modalityEntry('must') //=> { phrase: 'must', kind: 'modal', strength: 5 }
 */
export function modalityEntry(phrase: string): { phrase: string; kind: ModalityKind; strength: number } | undefined {
  const p = phrase.toLowerCase();
  for (const m of MODALITY) if (m.phrase === p) return m;
  return undefined;
}
