import { describe, expect, it } from 'vitest';
import { findInconsistencies, type Finding } from './consistency';
import { packFindings, unpackFindings } from './publishedFindings';
import { makeDataset } from '../../test/fixtures/makeDataset';

describe('packFindings and unpackFindings', () => {
  it('give back every finding exactly, through JSON, parts and all', () => {
    const findings = findInconsistencies(makeDataset());
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((finding) => finding.parts.length > 1)).toBe(true);
    expect(unpackFindings(JSON.parse(JSON.stringify(packFindings(findings))))).toEqual(findings);
  });

  it('keep a finding without parts, and none at all', () => {
    const finding: Finding = { type: 'sum', reportId: '2020-a', indicatorId: 'x', reported: 3, partsSum: 0, status: 'below', relation: 'subset', hedged: false, parts: [] };
    expect(unpackFindings(JSON.parse(JSON.stringify(packFindings([finding, { ...finding, reportId: '2020-b' }]))))).toEqual([finding, { ...finding, reportId: '2020-b' }]);
    expect(unpackFindings(packFindings([]))).toEqual([]);
  });
});
