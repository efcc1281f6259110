/**
 * The extractor's few tuned weights, in one place so the evaluation can choose them on some reports and
 * measure them on another (leave one report out); extractReport uses the defaults unless told otherwise.
 */
export interface ExtractOptions {
  /** How much the figure's own words that an indicator's name and definition leave unexplained lower its score. */
  unexplainedWeight: number;
  /** The factor on the score of an indicator whose unit counts another kind of thing (人 for 人次). */
  unitMismatch: number;
  /** What the family named by the figure's topic words adds to its indicators' scores. */
  familyBonus: number;
}

export const DEFAULT_OPTIONS: ExtractOptions = { unexplainedWeight: 0.5, unitMismatch: 0.3, familyBonus: 0.2 };
