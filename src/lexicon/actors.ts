/** Who holds a position: joint actors and the names that identify an individual. Data: data/actors.json. */
import data from './data/actors.json';
import { equivalentKey } from './equivalents.js';

const JOINT: ReadonlySet<string> = new Set(data.joint.map((a) => a.toLowerCase()));
const ROLE_WORDS: ReadonlySet<string> = new Set(data.roleWords.map((w) => w.toLowerCase()));

/** Holders in the plural ("The four ministers", "the senior officials"): more than one side speaks. */
const PLURAL_HOLDER = /\b(?:ministers|leaders|secretaries|officials|sides|governments|countries|principals|participants|parties|allies|delegations)\b/;

/**
 * Whether an actor speaks for both sides ("The Ministers", "Both sides", "They", "We" of a joint
 * statement), names two people joined by "and" ("Secretary Austin and Minister Kihara"), or is a
 * holder in the plural ("The four ministers").
 *
 * @example
 * isJointActor('The Ministers') //=> true
 * isJointActor('Minister Hamada') //=> false
 */
export function isJointActor(actor: string): boolean {
  const a = actor.trim().replace(/\s+/g, ' ').toLowerCase();
  return JOINT.has(a) || /\s(?:and|&)\s/.test(a) || /^(?:both|all|the (?:two|three|four))\b/.test(a) || PLURAL_HOLDER.test(a);
}

/**
 * The names that identify an individual actor, lowercased, without titles, initials and
 * country words ("Secretary of Defense Lloyd J. Austin III" → ["lloyd", "austin"]).
 *
 * @example
 * actorNames('Defense Minister Kishi Nobuo') //=> ['kishi', 'nobuo']
 */
export function actorNames(actor: string): string[] {
  const out: string[] = [];
  for (const word of actor.split(/[\s,]+/)) {
    const w = word.replace(/['’]s$/, '');
    if (w.length > 0 && !ROLE_WORDS.has(w.toLowerCase()) && !/^\p{Lu}\.$/u.test(w)) out.push(w.toLowerCase());
  }
  return out;
}

/**
 * Whether two actor strings name the same holder: both joint, or individuals sharing a name
 * ("Secretary Austin" ~ "Secretary of Defense Lloyd J. Austin III"; "KISHI Nobuo" ~ "Minister Kishi").
 *
 * @example
 * sameActor('Secretary Austin', 'Secretary of Defense Lloyd J. Austin III') //=> true
 * sameActor('The Ministers', 'Minister Hamada') //=> false
 */
export function sameActor(a: string, b: string): boolean {
  const ja = isJointActor(a);
  const jb = isJointActor(b);
  if (ja || jb) return ja === jb;
  // "The DPRK" ~ "North Korea": a country or body as actor, compared folded and without "the".
  if (holderKey(a) === holderKey(b)) return true;
  const na = actorNames(a);
  const nb = new Set(actorNames(b));
  if (na.length === 0 || nb.size === 0) return a.trim().toLowerCase() === b.trim().toLowerCase();
  for (const n of na) if (nb.has(n)) return true;
  return false;
}

/** An actor folded, without a leading "the": "The DPRK" and "North Korea" give one key. */
function holderKey(actor: string): string {
  return equivalentKey(actor).replace(/^the /, '');
}
