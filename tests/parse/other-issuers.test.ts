/** Readouts in the style of other issuers: sentences, metadata and losslessness. */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { parseReadout } from '../../src/parse/index.js';
import { ROOT, losslessProblems, read } from './helpers.js';

const DIR = join(ROOT, 'tests', 'parse', 'fixtures', 'other-issuers');

// prettier-ignore
const CASES: { file: string; title: string; date: string | null; sentences: [kind: 'position' | 'context', text: string][] }[] = [
  {
    file: 'mofa-style-foreign-ministers.txt',
    title: "Japan-Australia Foreign Ministers' Meeting",
    date: '2023-06-01',
    sentences: [
      ['context', 'On June 1, commencing at 10:00 a.m. for approximately 40 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Senator the Hon. Penny Wong, Minister for Foreign Affairs of Australia.'],
      ['context', 'The overview is as follows.'],
      ['position', 'Minister Hayashi stated that Japan and Australia are "Special Strategic Partners".'],
      ['position', 'In response, Minister Wong expressed her gratitude for the warm welcome.'],
      ['position', 'The two ministers exchanged views on regional affairs, including China, North Korea and the situation in Ukraine.'],
      ['position', 'Both ministers confirmed to continue close coordination toward the realization of a "Free and Open Indo-Pacific (FOIP)".'],
    ],
  },
  {
    file: 'state-style-readout.txt',
    title: "Secretary Blinken's Meeting with Japanese Foreign Minister Kamikawa",
    date: '2024-07-28',
    sentences: [
      ['context', 'The following is attributable to Spokesperson Matthew Miller:'],
      ['context', 'Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Yoko Kamikawa in Tokyo.'],
      ['position', 'The Secretary and Foreign Minister reaffirmed the strength of the U.S.-Japan Alliance.'],
      ['position', 'They also discussed the situation in the Middle East, including efforts to secure a ceasefire in Gaza.'],
      ['position', 'Secretary Blinken underscored the importance of U.S.-Japan-ROK trilateral cooperation.'],
    ],
  },
  {
    file: 'uk-style-quoted-readout.txt',
    title: 'PM call with Prime Minister Kishida: 1 June 2023',
    date: null,
    sentences: [
      ['context', 'A No10 spokesperson said:'],
      ['context', '“The Prime Minister spoke to the Prime Minister of Japan, Fumio Kishida, this morning.'],
      ['position', 'The leaders welcomed the strong partnership between the UK and Japan, including the Hiroshima Accord.'],
      ['position', '“They agreed on the importance of continued support for Ukraine.'],
      ['position', "The Prime Minister thanked Prime Minister Kishida for Japan's G7 Presidency.”"],
    ],
  },
  {
    file: 'markdown-numbered-items.txt',
    title: 'ROK-Japan Defense Ministerial Meeting',
    date: '2023-06-03',
    sentences: [
      ['context', 'Minister Lee Jong-sup and Minister Hamada held a meeting on the sidelines of the Shangri-La Dialogue.'],
      ['position', 'The two ministers agreed to pursue defense exchanges and cooperation.'],
      ['position', "They shared the view that North Korea's nuclear and missile threats pose a serious threat."],
    ],
  },
];

describe('readouts in the style of other issuers', () => {
  test.each(CASES.map((c) => [c.file, c]))('%s', (_file, c) => {
    const readout = parseReadout(read(join(DIR, c.file)));
    expect(readout.title).toBe(c.title);
    expect(readout.date).toBe(c.date);
    expect(readout.statements.map((s) => [s.kind, s.text])).toEqual(c.sentences);
    expect(losslessProblems(readout)).toEqual([]);
  });
});
