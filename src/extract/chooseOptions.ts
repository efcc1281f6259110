/**
 * Leave one report out: for each report, the extractor's weights are chosen on the other reports only and
 * then measured on it, so a figure of the evaluation never helped choose the weights it is measured with.
 */
import { DEFAULT_OPTIONS, type ExtractOptions } from './extractOptions';
import type { FamilyScore } from './scoreExtraction';

/** The weights tried: the defaults first (they win a tie), then every combination of a few values. */
export function optionGrid(): ExtractOptions[] {
  const grid = [DEFAULT_OPTIONS];
  for (const unexplainedWeight of [0.3, 0.5, 0.7])
    for (const unitMismatch of [0.3, 0.6])
      for (const familyBonus of [0.1, 0.2]) {
        const options = { unexplainedWeight, unitMismatch, familyBonus };
        if (!grid.some((known) => JSON.stringify(known) === JSON.stringify(options))) grid.push(options);
      }
  return grid;
}

/** What the choice maximises over the reports it may see: figures given the right indicator, and proposals that are figures, less those that are not. */
function merit(score: FamilyScore): number {
  return score.indicatorRight + score.correct - (score.proposed - score.correct);
}

/**
 * For each report (by index), the index of the options that score best on all the other reports, given
 * scores[options][report].
 */
export function chooseLeavingOneOut(scores: readonly (readonly FamilyScore[])[]): number[] {
  const reports = scores[0]?.length ?? 0;
  return Array.from({ length: reports }, (_, heldOut) => {
    let best = 0;
    let bestMerit = -Infinity;
    scores.forEach((byReport, options) => {
      const total = byReport.reduce((sum, score, report) => (report === heldOut ? sum : sum + merit(score)), 0);
      if (total > bestMerit) {
        bestMerit = total;
        best = options;
      }
    });
    return best;
  });
}
