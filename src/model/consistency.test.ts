import { describe, it, expect } from 'vitest';
import { buildDataset, type DatasetTexts } from '../data/buildDataset';
import {
  findInconsistencies,
  findingsOfReport,
  isDisagreement,
  roundTo,
  truncateTo,
  type Finding,
  type RateFinding,
  type SumFinding,
} from './consistency';
import { describeFinding } from './describeFinding';
import { errorsOf, miniTexts, observationLine, replaceOnce, rewriteFigure } from '../../test/miniFixture';


/** Builds `texts` (which must be valid) and returns the dataset with its findings. */
function findingsOf(texts: DatasetTexts) {
  const { dataset, issues } = buildDataset(texts);
  expect(errorsOf(issues), JSON.stringify(issues)).toEqual([]);
  return { dataset, findings: findInconsistencies(dataset) };
}

function rateFinding(findings: Finding[], indicatorId: string): RateFinding {
  const matches = findings.filter((f): f is RateFinding => f.type === 'rate' && f.indicatorId === indicatorId);
  expect(matches).toHaveLength(1);
  return matches[0];
}

function sumFindings(findings: Finding[], indicatorId: string, relation: SumFinding['relation']): SumFinding[] {
  return findings.filter(
    (f): f is SumFinding => f.type === 'sum' && f.indicatorId === indicatorId && f.relation === relation,
  );
}

/** The mini report with 86 cases concluded, 14 revoked or altered and a correction rate of `rate` %. */
function withCorrectionRate(rate: string): DatasetTexts {
  let texts = rewriteFigure(
    miniTexts(),
    'reconsideration_concluded',
    '审结行政复议案件16件',
    '审结行政复议案件86件',
    '86',
  );
  texts = rewriteFigure(texts, 'reconsideration_revoked_or_altered', '作出撤改决定3件', '作出撤改决定14件', '14');
  return rewriteFigure(texts, 'reconsideration_correction_rate', '直接纠错率18.8%', `直接纠错率${rate}%`, rate);
}

/** The mini report with `received` applications received (18 accepted + 2 rejected are its breakdown). */
function withReceived(received: string): DatasetTexts {
  return rewriteFigure(
    miniTexts(),
    'reconsideration_received',
    '收到行政复议申请20件',
    `收到行政复议申请${received}件`,
    received,
  );
}

describe('findInconsistencies: rates', () => {
  it('finds a reported rate that agrees with its parts when rounded to the report precision', () => {
    const { dataset, findings } = findingsOf(miniTexts());
    const finding = rateFinding(findings, 'mediation_success_rate');
    expect(finding.reported).toBe(98.79);
    expect(finding.recomputed).toBeCloseTo((100 * 1633) / 1653, 9);
    expect(finding.recomputedRounded).toBe(98.79);
    expect(finding.agreesRounded).toBe(true);
    expect(finding.parts).toEqual(['mediation_settled', 'mediation_cases']);
    expect(isDisagreement(finding)).toBe(false);
    expect(describeFinding(finding, dataset)).toMatch(/→ agrees$/);
  });

  it('tells a rate that agrees only when rounded (18.75 → 18.8) from one that agrees only when truncated', () => {
    const { findings } = findingsOf(miniTexts());
    const finding = rateFinding(findings, 'reconsideration_correction_rate');
    expect(finding.recomputed).toBe(18.75);
    expect(finding.agreesRounded).toBe(true);
    expect(finding.agreesTruncated).toBe(false);
  });

  it('finds a rate that agrees only when truncated (14 / 86 reported as 16.2) and counts it as a disagreement', () => {
    const { dataset, findings } = findingsOf(withCorrectionRate('16.2'));
    const finding = rateFinding(findings, 'reconsideration_correction_rate');
    expect(finding.reported).toBe(16.2);
    expect(finding.recomputed).toBeCloseTo(16.27907, 5);
    expect(finding.recomputedRounded).toBe(16.3);
    expect(finding.agreesRounded).toBe(false);
    expect(finding.agreesTruncated).toBe(true);
    expect(isDisagreement(finding)).toBe(true);
    expect(describeFinding(finding, dataset)).toContain('agrees only if truncated instead of rounded');
  });

  it('finds a rate that disagrees with its parts however it is rounded', () => {
    const { dataset, findings } = findingsOf(withCorrectionRate('25.0'));
    const finding = rateFinding(findings, 'reconsideration_correction_rate');
    expect(finding.reported).toBe(25);
    expect(finding.recomputedRounded).toBe(16.3);
    expect(finding.agreesRounded).toBe(false);
    expect(finding.agreesTruncated).toBe(false);
    expect(isDisagreement(finding)).toBe(true);
    expect(describeFinding(finding, dataset)).toContain('DISAGREES');
  });

  it('does not recompute a rate when the report leaves out one of its parts', () => {
    const texts = miniTexts();
    const observations = replaceOnce(texts.observations, `${observationLine(texts, 'mediation_cases')}\n`, '');
    const { findings } = findingsOf({ ...texts, observations });
    expect(findings.some((f) => f.indicatorId === 'mediation_success_rate')).toBe(false);
    expect(findings.some((f) => f.indicatorId === 'reconsideration_correction_rate')).toBe(true);
  });
});

describe('findInconsistencies: breakdowns and subsets', () => {
  it('finds a breakdown that adds up to its total (18 accepted + 2 rejected = 20 received)', () => {
    const { dataset, findings } = findingsOf(miniTexts());
    const [finding] = sumFindings(findings, 'reconsideration_received', 'breakdown');
    expect(finding).toMatchObject({ reported: 20, partsSum: 20, status: 'equal', hedged: false });
    expect(finding.parts).toEqual(['reconsideration_accepted', 'reconsideration_rejected']);
    expect(isDisagreement(finding)).toBe(false);
    expect(describeFinding(finding, dataset)).toContain('parts add up');
  });

  it('finds a breakdown whose parts cover only part of the total', () => {
    const { findings } = findingsOf(withReceived('25'));
    const [finding] = sumFindings(findings, 'reconsideration_received', 'breakdown');
    expect(finding).toMatchObject({ reported: 25, partsSum: 20, status: 'below' });
    expect(isDisagreement(finding)).toBe(false);
  });

  it('finds a breakdown whose parts exceed the total, and the part larger than the total', () => {
    const { findings } = findingsOf(withReceived('15'));
    const [finding] = sumFindings(findings, 'reconsideration_received', 'breakdown');
    expect(finding).toMatchObject({ reported: 15, partsSum: 20, status: 'above' });
    expect(isDisagreement(finding)).toBe(true);
    const subsets = sumFindings(findings, 'reconsideration_received', 'subset');
    expect(subsets.map((f) => f.parts)).toEqual([['reconsideration_accepted']]);
  });

  it('marks a breakdown with a hedged figure as hedged', () => {
    const texts = rewriteFigure(
      miniTexts(),
      'reconsideration_received',
      '收到行政复议申请20件',
      '收到行政复议申请20余件',
      '20',
      'at_least',
    );
    const { findings } = findingsOf(texts);
    const [finding] = sumFindings(findings, 'reconsideration_received', 'breakdown');
    expect(finding.hedged).toBe(true);
  });

  it('finds a subset larger than its total', () => {
    const texts = rewriteFigure(miniTexts(), 'mediation_settled', '调解成功1633件', '调解成功1700件', '1700');
    const { dataset, findings } = findingsOf(texts);
    const [finding] = sumFindings(findings, 'mediation_cases', 'subset');
    expect(finding).toMatchObject({
      reported: 1653,
      partsSum: 1700,
      status: 'above',
      parts: ['mediation_settled'],
    });
    expect(isDisagreement(finding)).toBe(true);
    expect(describeFinding(finding, dataset)).toContain('a part EXCEEDS its total');
  });

  it('does not flag a subset equal to its total', () => {
    const texts = rewriteFigure(miniTexts(), 'mediation_settled', '调解成功1633件', '调解成功1653件', '1653');
    const { findings } = findingsOf(texts);
    expect(rateFinding(findings, 'mediation_success_rate').recomputed).toBe(100);
    expect(sumFindings(findings, 'mediation_cases', 'subset')).toEqual([]);
  });

  it('finds no subset problem when every part is within its total', () => {
    const { findings } = findingsOf(miniTexts());
    expect(findings.filter((f) => f.type === 'sum' && f.relation === 'subset')).toEqual([]);
    expect(findings.filter(isDisagreement)).toEqual([]);
  });
});

describe('roundTo and truncateTo', () => {
  it.each([
    [16.27907, 1, 16.3],
    [18.75, 1, 18.8],
    [98.790078, 2, 98.79],
    [2.675, 2, 2.68],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.005, 2, 1.01],
    [0, 2, 0],
    [42, 0, 42],
  ])('rounds %d to %d decimals as %d (half away from zero)', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it.each([
    [16.27907, 1, 16.2],
    [18.75, 1, 18.7],
    [98.799, 2, 98.79],
    [0.29, 2, 0.29],
    [0.3, 1, 0.3],
    [-1.55, 1, -1.5],
    [42, 0, 42],
  ])('truncates %d to %d decimals as %d (towards zero)', (value, decimals, expected) => {
    expect(truncateTo(value, decimals)).toBe(expected);
  });
});

describe('findingsOfReport', () => {
  it('gives the findings of one report, in their order, and none for a report without', () => {
    const { dataset } = buildDataset(miniTexts());
    const findings = findInconsistencies(dataset);
    expect(findings.length).toBeGreaterThan(0);
    for (const reportId of new Set(findings.map((finding) => finding.reportId))) {
      expect(findingsOfReport(findings, reportId)).toEqual(findings.filter((finding) => finding.reportId === reportId));
    }
    expect(findingsOfReport(findings, 'no-such-report')).toEqual([]);
  });
});
