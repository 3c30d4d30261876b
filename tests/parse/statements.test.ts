/** Kind, actor and verb of one sentence, as a table of cases from readouts of several issuers. */
import { describe, expect, test } from 'vitest';
import { parseReadout } from '../../src/parse/index.js';
import { analyzeSentence } from '../../src/parse/statements.js';

// `verb: 'any'` where the verb is outside today's lexicon but may join it (src/lexicon/verbs.ts
// belongs to another module): the case then pins kind and actor only.
// prettier-ignore
const CASES: [sentence: string, kind: 'position' | 'context', actor: string | null, verb: string | null | 'any'][] = [
  ['The Ministers reconfirmed that they would maintain international order.', 'position', 'The Ministers', 'reconfirm'],
  ['Moreover, the Ministers affirmed the importance of having an open dialogue with China.', 'position', 'The Ministers', 'affirm'],
  ['Furthermore, the Ministers reiterated the importance of peace and stability across the Taiwan Strait.', 'position', 'The Ministers', 'reiterate'],
  ['Given China’s intensifying military activities including cooperation with Russia, the Ministers concurred that they would continue to cooperate.', 'position', 'The Ministers', 'concur'],
  ['Based on the belief that trilateral partnership advances the security of all our people, as confirmed at the Trilateral Summit in August this year, the Ministers confirmed the importance of trilateral cooperation.', 'position', 'The Ministers', 'confirm'],
  ['Secretary Austin reiterated that the U.S. commitment remains unwavering.', 'position', 'Secretary Austin', 'reiterate'],
  ['Minister Hamada expressed his strong resolve to fundamentally reinforce cybersecurity.', 'position', 'Minister Hamada', 'express'],
  ['The Ministers once again concurred the importance of steadily expanding bilateral presence.', 'position', 'The Ministers', 'concur'],
  ['Both Secretary Mattis and Minister Onodera agreed on the importance of trilateral cooperation.', 'position', 'Both Secretary Mattis and Minister Onodera', 'agree'],
  ['Secretary Mattis and Minister Onodera both agreed that this launch is an unacceptable act.', 'position', 'Secretary Mattis and Minister Onodera', 'agree'],
  ['Japan and the U.S. will work together.', 'position', null, null],
  ['The United States underscored its unwavering commitment to the defense of Japan.', 'position', 'The United States', 'underscore'],
  ['Under these circumstances, the United States and Japan reiterated the need to reinforce deterrence.', 'position', 'The United States and Japan', 'reiterate'],
  ['Noting the alignment between U.S. and Japanese assessments and a shared commitment to deepening cooperation, Secretary Austin applauded Japan’s resolve.', 'position', 'Secretary Austin', 'applaud'],
  ['The Ministers, taking into account the recent situations, closely compared and adjusted their policies.', 'position', 'The Ministers', 'any'],
  ['Secretary Austin, Deputy Prime Minister Marles, and Minister Kishida then convened a meeting, where the three officials highlighted achievements.', 'position', 'Secretary Austin, Deputy Prime Minister Marles, and Minister Kishida', 'highlight'],
  ['Secretary of State Blinken, Secretary of Defense Austin, and Minister of Defense Hamada (referred to collectively as “the Ministers”) convened the Committee in Washington, D.C., on January 11, 2023.', 'context', 'Secretary of State Blinken, Secretary of Defense Austin, and Minister of Defense Hamada', 'any'],
  ['The Secretary paid a courtesy call to Prime Minister Kishida, underscoring the U.S. commitment to the defense of Japan.', 'position', 'The Secretary', 'underscore'],
  ['Japan reaffirms its commitment to the Alliance.', 'position', 'Japan', 'reaffirm'],
  ['Since 2010, U.S. and Japanese officials have coordinated on extended deterrence policy.', 'position', 'U.S. and Japanese officials', 'any'],
  ['The Ministers held the view that the Alliance remains the cornerstone of peace.', 'position', 'The Ministers', 'hold'],
  // Context: meeting verbs, attribution lines, "as follows".
  ['On June 1, Defense Minister Hamada and Defense Secretary Austin held discussions from 09:20 for approximately 75 minutes at Japan Ministry of Defense.', 'context', 'Defense Minister Hamada and Defense Secretary Austin', 'hold'],
  ['The summary is as follows.', 'context', null, null],
  ['Pentagon Press Secretary Brig. Gen. Pat Ryder provided the following readout:', 'context', 'Pentagon Press Secretary Brig. Gen. Pat Ryder', 'provide'],
  ['Minister of Defense Inada and U.S. Secretary of Defense James Mattis had a defense ministerial meeting at the MOD for approx. 85 minutes from 9:15am on February 4th.', 'context', 'Minister of Defense Inada and U.S. Secretary of Defense James Mattis', 'any'],
  ['On July 9, 2022, Secretary of Defense Lloyd Austin III held a call with Japanese Minister of Defense KISHI Nobuo to express sincere condolences.', 'context', 'Secretary of Defense Lloyd Austin III', 'hold'],
  ['Yesterday, Secretary of Defense Jim Mattis spoke by telephone with Japanese Minister of Defense Itsunori Onodera to discuss the missile launch.', 'context', 'Secretary of Defense Jim Mattis', 'speak'],
  ['On September 15th at 2:30pm (U.S. Eastern Standard Time), Minister of Defense Inada and U.S. Secretary of Defense Carter met for approx. 45 minutes.', 'context', 'Minister of Defense Inada and U.S. Secretary of Defense Carter', 'meet'],
  ['Secretary of Defense Lloyd J. Austin III spoke with Japanese Defense Minister Nobuo Kishi today, reiterating American commitment to the U.S.-Japan Alliance.', 'context', 'Secretary of Defense Lloyd J. Austin III', 'speak'],
  ['In the conference, Defense Minister Hamada resolved to fundamentally reinforce the defense capabilities of Japan and Secretary Austin welcomed the initiative.', 'position', 'Defense Minister Hamada', 'resolve'],
];

describe('kind, actor and verb of a sentence', () => {
  test.each(CASES)('%s', (sentence, kind, actor, verb) => {
    const analysis = analyzeSentence(sentence);
    expect({ kind: analysis.kind, actor: analysis.actor }).toEqual({ kind, actor });
    if (verb !== 'any') expect(analysis.verb).toBe(verb);
  });
});

describe('pronoun actors', () => {
  test('"They" stands for the previous statement\'s actor', () => {
    const readout = parseReadout('The Ministers affirmed the plan. They confirmed the necessity of it. They also agreed.');
    expect(readout.statements.map((s) => s.actor)).toEqual(['The Ministers', 'The Ministers', 'The Ministers']);
  });

  test('"He" stands for the last singular actor', () => {
    const readout = parseReadout('During the meeting, the secretary emphasized the priority. The Ministers agreed. He also underscored it.');
    expect(readout.statements.map((s) => s.actor)).toEqual(['The secretary', 'The Ministers', 'The secretary']);
  });
});
