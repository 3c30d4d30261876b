/**
 * Stems that are variants of one word, merged per comparison: the Porter stemmer keeps apart
 * derivations that readouts swap freely ("deterrence" / "deter", "response" / "respond", "defense"
 * / "defend", "capability" / "capable") and typos of a long word.
 */

/** Variants are only looked for among stems this long: short stems ("state", "statu") collide. */
const MIN_VARIANT_LENGTH = 5;

/**
 * Whether two distinct stems are variants of one word: one is the other plus a final letter
 * ("deter" / "deterr", "korea" / "korean"), or they end in "-nd" and "-ns" and agree otherwise
 * ("defend" / "defens", "respond" / "respons").
 *
 * @example
 * areVariantStems('deter', 'deterr') //=> true
 * areVariantStems('commun', 'communic') //=> false
 */
export function areVariantStems(a: string, b: string): boolean {
  if (a === b || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length < MIN_VARIANT_LENGTH) return false;
  if (l.length === s.length + 1) return l.startsWith(s);
  // Latin "-nd" verbs and their "-nse"/"-nsion" nouns: "defend" / "defense", "respond" /
  // "response", "expand" / "expansion", "suspend" / "suspension".
  if (l.length === s.length) return s.slice(0, -1) === l.slice(0, -1) && s.endsWith('n' + s.at(-1)) && /^[ds]$/.test(s.at(-1)!) && /^[ds]$/.test(l.at(-1)!);
  return false;
}

/**
 * Groups the given stems into variants of one word and maps each stem of a group to its
 * representative (the shortest, then the first in code-unit order); stems without a variant map to
 * themselves and are left out. Near-linear in the number of stems: a stem is compared only with
 * the stems that share its prefix without its last one or two letters.
 *
 * @example
 * variantMap(['deter', 'deterr', 'respond', 'respons', 'alli']) //=> Map { 'deterr' => 'deter', 'respons' => 'respond' }
 */
export function variantMap(stems: Iterable<string>): Map<string, string> {
  // Two variants share all letters but the last of the shorter one: bucket by that prefix.
  const buckets = new Map<string, string[]>();
  // Letters only: "topic3" / "topic32" or "f35" / "f35a" name different things.
  const unique: string[] = [];
  for (const s of new Set(stems)) if (s.length >= MIN_VARIANT_LENGTH && LETTERS_ONLY.test(s)) unique.push(s);
  unique.sort();
  for (const stem of unique) {
    for (const key of [stem.slice(0, -1), stem.slice(0, -2)]) {
      if (key.length < MIN_VARIANT_LENGTH - 1) continue;
      const list = buckets.get(key);
      if (list) list.push(stem);
      else buckets.set(key, [stem]);
    }
  }
  const parent = new Map<string, string>();
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (!areVariantStems(list[i]!, list[j]!)) continue;
        const x = rootOf(parent, list[i]!);
        const y = rootOf(parent, list[j]!);
        if (x === y) continue;
        if (better(x, y)) parent.set(y, x);
        else parent.set(x, y);
      }
    }
  }
  const out = new Map<string, string>();
  for (const stem of unique) {
    const root = rootOf(parent, stem);
    if (root !== stem) out.set(stem, root);
  }
  return out;
}

// Module-level functions, not arrow functions made per call: every comparison runs this, and a
// function made per call loses its optimized code at each full collection (src/shapes.ts).

const LETTERS_ONLY = /^[a-z]+$/;

/** The representative of a stem's group so far (union-find without path compression). */
function rootOf(parent: ReadonlyMap<string, string>, x: string): string {
  let root = x;
  while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
  return root;
}

/** Whether stem x should represent a group over y: the shorter, then the first in code-unit order. */
function better(x: string, y: string): boolean {
  return x.length < y.length || (x.length === y.length && x < y);
}
