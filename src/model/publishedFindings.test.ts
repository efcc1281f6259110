import { describe, expect, it } from 'vitest';
import { findInconsistencies, type Finding } from './consistency';
import { packFindings, planUnpackFindings, unpackFindings, type PublishedFindings } from './publishedFindings';
import { makeDataset } from '../../test/fixtures/makeDataset';

/** The findings as the page reads them: findings.json parsed, findings.bin's bytes in a buffer of their own. */
const published = (packed: PublishedFindings): [PublishedFindings['head'], ArrayBuffer] => [JSON.parse(JSON.stringify(packed.head)), packed.indexes.slice().buffer];

describe('packFindings and unpackFindings', () => {
  it('give back every finding exactly, through JSON, parts and all', () => {
    const findings = findInconsistencies(makeDataset());
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((finding) => finding.parts.length > 1)).toBe(true);
    expect(unpackFindings(...published(packFindings(findings)))).toEqual(findings);
  });

  it('keep a finding without parts, and none at all', () => {
    const finding: Finding = { type: 'sum', reportId: '2020-a', indicatorId: 'x', reported: 3, partsSum: 0, status: 'below', relation: 'subset', hedged: false, parts: [] };
    expect(unpackFindings(...published(packFindings([finding, { ...finding, reportId: '2020-b' }])))).toEqual([finding, { ...finding, reportId: '2020-b' }]);
    expect(unpackFindings(...published(packFindings([])))).toEqual([]);
  });

  it('unpack in steps of a few findings each, in order, all of them once every step has run', () => {
    const findings = findInconsistencies(makeDataset());
    const { steps, read } = planUnpackFindings(...published(packFindings(findings)), 2);
    expect(steps).toHaveLength(Math.ceil(findings.length / 2));
    steps[0]();
    expect(read()).toEqual(findings.slice(0, 2));
    for (const step of steps.slice(1)) step();
    expect(read()).toEqual(findings);
  });

  it('refuses indexes that belong to other findings', () => {
    const [head, bytes] = published(packFindings(findInconsistencies(makeDataset())));
    expect(() => unpackFindings(head, bytes.slice(4))).toThrow('publish the data again');
  });
});
