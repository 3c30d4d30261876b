import { describe, expect, test } from 'vitest';
import { actorNames, isJointActor, sameActor } from '../../src/lexicon/index.js';

describe('actors', () => {
  test.each(['The Ministers', 'Both Ministers', 'the two sides', 'They', 'We', 'Secretary Austin and Minister Kihara', 'The Leaders', 'The four ministers'])(
    '%s is joint',
    (actor) => expect(isJointActor(actor)).toBe(true),
  );
  test.each(['Minister Hamada', 'Secretary Austin', 'Japan', 'The secretary', 'Pentagon Press Secretary Brig. Gen. Pat Ryder'])('%s is not joint', (actor) =>
    expect(isJointActor(actor)).toBe(false),
  );

  test('names drop titles, initials and suffixes', () => {
    expect(actorNames('Secretary of Defense Lloyd J. Austin III')).toEqual(['lloyd', 'austin']);
    expect(actorNames('Defense Minister Kishi Nobuo')).toEqual(['kishi', 'nobuo']);
  });

  test.each([
    ['Secretary Austin', 'Secretary of Defense Lloyd J. Austin III', true],
    ['Minister KISHI', 'Defense Minister Kishi Nobuo', true],
    ['The Ministers', 'Both Ministers', true],
    ['The Ministers', 'Minister Hamada', false], // joint to unilateral
    ['Minister Hamada', 'Secretary Austin', false],
    ['The DPRK', 'North Korea', true],
    ['The four ministers', 'The Ministers', true],
    ['Pentagon Press Secretary Brig. Gen. Pat Ryder', 'Pentagon Spokesman Maj. Gen. Pat Ryder', true],
    ['Secretary Austin', 'We', false], // one side to a joint statement
  ] as const)('%s ~ %s: %s', (a, b, same) => {
    expect(sameActor(a, b)).toBe(same);
    expect(sameActor(b, a)).toBe(same);
  });
});
