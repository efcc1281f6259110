import { describe, expect, it } from 'vitest';
import { chooseLeavingOneOut, optionGrid } from './chooseOptions';
import { DEFAULT_OPTIONS } from './extractOptions';
import type { FamilyScore } from './scoreExtraction';

const score = (indicatorRight: number, correct = 0, proposed = 0): FamilyScore => ({ curated: 0, found: 0, proposed, correct, indicatorRight });

describe('chooseLeavingOneOut', () => {
  it('chooses for each report the options best on the other reports, never looking at it', () => {
    // Options 0 do best on report 0 (and overall); options 1 on reports 1 and 2. Report 0 is measured with
    // options 1, chosen on reports 1 and 2; the others with options 0, which report 0 makes best.
    const scores = [
      [score(10), score(1), score(1)],
      [score(0), score(5), score(5)],
    ];
    expect(chooseLeavingOneOut(scores)).toEqual([1, 0, 0]);
  });

  it('counts proposals that are no curated figure against the options', () => {
    const scores = [
      [score(5, 5, 20), score(5, 5, 20)],
      [score(5, 5, 5), score(5, 5, 5)],
    ];
    expect(chooseLeavingOneOut(scores)).toEqual([1, 1]);
  });

  it('keeps the first options (the defaults) on a tie', () => {
    expect(chooseLeavingOneOut([[score(3), score(3)], [score(3), score(3)]])).toEqual([0, 0]);
    expect(optionGrid()[0]).toEqual(DEFAULT_OPTIONS);
  });
});
