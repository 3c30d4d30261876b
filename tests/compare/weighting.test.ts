import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../src/compare/candidates.js';
import { compareReadouts } from '../../src/compare/index.js';
import { prepareBoth } from '../../src/compare/prepare.js';
import { corpusPath, REFERENCE_FILE } from '../../src/corpus.js';
import { parseReadout } from '../../src/parse/index.js';
import {
  areVariantStems,
  contentCoverage,
  corpusFrequency,
  CORPUS_FREQUENCIES,
  featuresOf,
  idfOf,
  LOW_SALIENCE,
  stemSalience,
  statementSalience,
  unionCoverage,
  variantMap,
} from '../../src/similarity/index.js';

const readout = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/readouts/${name}`, import.meta.url)), 'utf8');

describe('what a statement weighs', () => {
  it('counts intensifiers and speech-act verbs as little as boilerplate, and modals not at all', () => {
    const s = stemSalience('Minister Hamada expressed his strong resolve to fundamentally reinforce cybersecurity and will act.');
    expect(s.get('strong')).toBe(LOW_SALIENCE);
    expect(s.get('fundament')).toBe(LOW_SALIENCE);
    expect(s.get('cybersecur')).toBe(1);
    expect(s.has('will')).toBe(false);
  });

  it("weighs the actor's words little, but not a country that holds the position", () => {
    expect(statementSalience('Minister Kishi congratulated Secretary Austin.', 'Minister Kishi').get('kishi')).toBe(LOW_SALIENCE);
    expect(statementSalience('Minister Kishi congratulated Secretary Austin.', 'Minister Kishi').get('austin')).toBe(1);
    expect(statementSalience('Japan resolved to enhance its capabilities.', 'Japan').get('japan')).toBe(1);
  });
});

describe('weighing whole readouts', () => {
  it('gives each statement the weights of the definition: salience, variants merged, one IDF table', () => {
    // The definition, stem by stem with Maps; weighStatements computes it with numbered stems.
    const [before, after] = [parseReadout(readout('mod-japan-us-dmm-2023-01-12.txt')), parseReadout(readout('mod-japan-us-dmm-2023-10-04.txt'))];
    const statements = [...before.statements, ...after.statements];
    const saliences = statements.map((s) => statementSalience(s.normalized, s.actor));
    const variants = variantMap(saliences.flatMap((m) => [...m.keys()]));
    expect(variants.size).toBeGreaterThan(0);
    const merged = saliences.map((m) => {
      const out = new Map<string, number>();
      for (const [stem, s] of m) out.set(variants.get(stem) ?? stem, Math.max(out.get(variants.get(stem) ?? stem) ?? 0, s));
      return out;
    });
    // Each statement one document, over the corpus and the statements of both readouts.
    const count = new Map<string, number>();
    for (const m of merged) for (const stem of m.keys()) count.set(stem, (count.get(stem) ?? 0) + 1);
    const inCorpus = corpusFrequency(CORPUS_FREQUENCIES, variants);
    const idf = new Map([...count].map(([stem, n]) => [stem, idfOf(CORPUS_FREQUENCIES.documents + merged.length, n + inCorpus(stem))]));
    const [pb, pa] = prepareBoth(before, after, CORPUS_FREQUENCIES);
    [...pb, ...pa].forEach((p, i) => {
      const expected = featuresOf(merged[i]!, idf);
      expect([...p.features.weights]).toEqual([...expected.weights]);
      expect(p.features.mass).toBe(expected.mass);
      expect(p.features.frame).toEqual(expected.frame);
    });
  });

  it('measures coverage by stem number exactly as unionCoverage does with the frame left out', () => {
    // The alignment's split and merge tests ask contentCoverage; its definition is unionCoverage
    // over the stems' maps. Every statement of one readout against runs of one to three of the other's.
    const [pb, pa] = prepareBoth(parseReadout(readout('mod-japan-us-dmm-2023-01-12.txt')), parseReadout(readout('mod-japan-us-dmm-2023-10-04.txt')), CORPUS_FREQUENCIES);
    let partial = 0;
    for (const part of pb) {
      for (let j = 0; j < pa.length; j++) {
        const wholes = pa.slice(j, j + 1 + (j % 3)).map((p) => p.features);
        const fast = contentCoverage(part.features, wholes);
        // Plain features of the same weights take the maps' path: the same number, to the bit.
        const plain = { weights: new Map(part.features.weights), mass: part.features.mass, frame: part.features.frame };
        expect(fast).toBe(unionCoverage(part.features, wholes, part.features.frame));
        expect(contentCoverage(plain, wholes)).toBe(fast);
        if (fast > 0 && fast < 1) partial++;
      }
    }
    expect(partial).toBeGreaterThan(30);
    // Every readout of the repository against statements of made-up words: stems enough to grow
    // the scratch array, on statements that share a few of the real ones.
    const names = readdirSync(fileURLToPath(new URL('../fixtures/readouts/', import.meta.url))).sort();
    const word = (n: number): string => `zq${[...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}x`;
    const madeUp = Array.from({ length: 300 }, (_, i) => `The Ministers discussed ${[0, 1, 2, 3, 4].map((k) => word(5 * i + k)).join(' ')} and the alliance.`);
    const [wb, wa] = prepareBoth(parseReadout(names.map(readout).join('\n\n')), parseReadout(madeUp.join('\n\n')), CORPUS_FREQUENCIES);
    expect(Math.max(...[...wb, ...wa].flatMap((p) => [...p.features.ids!]))).toBeGreaterThan(2048);
    for (let i = 0; i < wb.length; i += 7) {
      const wholes = wa.slice(i % wa.length, (i % wa.length) + 2).map((p) => p.features);
      expect(contentCoverage(wb[i]!.features, wholes)).toBe(unionCoverage(wb[i]!.features, wholes, wb[i]!.features.frame));
    }
    // Features weighed apart (two stores) take the maps' path.
    expect(contentCoverage(pb[0]!.features, [wa[0]!.features])).toBe(unionCoverage(pb[0]!.features, [wa[0]!.features], pb[0]!.features.frame));
  });

  it('weighs the same readouts the same after weighing others (its arrays are reused)', () => {
    const weights = (names: [string, string]) =>
      prepareBoth(parseReadout(readout(names[0])), parseReadout(readout(names[1])), CORPUS_FREQUENCIES).map((side) => side.map((p) => [...p.features.weights]));
    const first = weights(['mod-japan-us-dmm-2023-01-12.txt', 'mod-japan-us-dmm-2023-10-04.txt']);
    weights(['dod-readout-mattis-abe-meeting-2017-02-03.txt', 'mod-2plus2-2024-07-28.txt']);
    expect(weights(['mod-japan-us-dmm-2023-01-12.txt', 'mod-japan-us-dmm-2023-10-04.txt'])).toEqual(first);
  });

  it('shares one features object between copies of a statement, and scores them 1', () => {
    const text = 'The Ministers reaffirmed the importance of peace and stability across the Taiwan Strait.';
    const [[b], [a]] = prepareBoth(parseReadout(text), parseReadout(text), CORPUS_FREQUENCIES);
    expect(b!.features).toBe(a!.features);
    expect(candidatePairs([b!], [a!], 5, 0.05)).toEqual([{ before: 0, after: 0, score: 1 }]);
  });

  it('weighs a text said by two actors once for each, and shares each weighing between its copies', () => {
    const text = 'Minister Kishi thanked Secretary Austin for the visit.';
    const said = (actors: string[]) => {
      const readout = parseReadout(actors.map(() => text).join('\n\n'));
      return { ...readout, statements: readout.statements.map((s, i) => ({ ...s, actor: actors[i]! })) };
    };
    const [[kishi], [austin, kishiAgain]] = prepareBoth(said(['Minister Kishi']), said(['Secretary Austin', 'Minister Kishi']), CORPUS_FREQUENCIES);
    expect(kishiAgain!.features).toBe(kishi!.features);
    expect(austin!.features).not.toBe(kishi!.features);
    // Each actor's own name weighs little, the other's in full.
    expect(kishi!.features.weights.get('kishi')! / kishi!.features.weights.get('austin')!).toBeLessThan(1);
    expect(austin!.features.weights.get('austin')! / austin!.features.weights.get('kishi')!).toBeLessThan(1);
  });
});

describe('variant stems', () => {
  it('joins derivations the stemmer keeps apart, and nothing else', () => {
    expect(areVariantStems('deter', 'deterr')).toBe(true);
    expect(areVariantStems('respond', 'respons')).toBe(true);
    expect(areVariantStems('defend', 'defens')).toBe(true);
    for (const [a, b] of [['commun', 'communic'], ['concert', 'concern'], ['state', 'statu'], ['topic3', 'topic32'], ['intent', 'intens']]) {
      expect(areVariantStems(a!, b!), `${a} / ${b}`).toBe(false);
    }
  });

  it('maps each variant to one representative, the same whichever order the stems come in', () => {
    const stems = ['deterr', 'alli', 'deter', 'respons', 'respond'];
    const expected = new Map([
      ['deterr', 'deter'],
      ['respons', 'respond'],
    ]);
    expect(variantMap(stems)).toEqual(expected);
    expect(variantMap([...stems].reverse())).toEqual(expected);
  });

  it('reads "deterrence and response capabilities" and "capabilities to deter and respond" as the same words', () => {
    const comparison = compareReadouts(
      'The ministers agreed to strengthen deterrence and response capabilities of the alliance.',
      'The Ministers concurred to strengthen the Alliance capabilities to deter and respond.',
    );
    expect(comparison.changes.map((c) => c.type)).toEqual(['reworded']);
  });
});

describe('alignment', () => {
  it('does not split a position by the frame of another ("expressed his strong resolve")', () => {
    const comparison = compareReadouts(readout('mod-japan-us-dmm-2023-01-12.txt'), readFileSync(corpusPath(REFERENCE_FILE), 'utf8'));
    const hamada = comparison.before.statements.find((s) => s.text.startsWith('Minister Hamada expressed his strong resolve'))!;
    const change = comparison.changes.find((c) => c.before.includes(hamada.id))!;
    const after = change.after.map((id) => comparison.after.statements.find((s) => s.id === id)!.text);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(/^The Ministers recognized that the fundamental reinforcement of defense capabilities/);
  });

  it('links two weakly similar statements that clearly prefer each other (mutual best, clear margin)', () => {
    const before = parseReadout(readout('dod-readout-mattis-onodera-call-2017-08-30.txt'));
    const after = parseReadout(readout('dod-readout-mattis-onodera-call-2017-09-14.txt'));
    const comparison = compareReadouts(before, after);
    const commitment = before.statements.find((s) => s.text.includes('defense commitments to Japan remain ironclad'))!;
    const change = comparison.changes.find((c) => c.before.includes(commitment.id))!;
    expect(change.type).toBe('reworded');
    expect(after.statements.find((s) => s.id === change.after[0])!.text).toMatch(/unwavering commitment to the defense of Japan/);
    // Without the mutual-best stage (its threshold at the link threshold) the pair stays apart.
    const without = compareReadouts(before, after, { mutualThreshold: 0.3 });
    expect(without.changes.find((c) => c.before.includes(commitment.id))!.type).toBe('dropped');
  });

  it('scores candidates but keeps only those at least as similar as the floor', () => {
    const [b, a] = prepareBoth(parseReadout(readout('mod-japan-us-dmm-2023-01-12.txt')), parseReadout(readout('mod-japan-us-dmm-2023-10-04.txt')), CORPUS_FREQUENCIES);
    const all = candidatePairs(b, a, 10, 0.05);
    const kept = candidatePairs(b, a, 10, 0.05, 0.2);
    expect(kept.length).toBeLessThan(all.length);
    expect(kept).toEqual(all.filter((c) => c.score >= 0.2));
  });
});
