import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../src/data/buildDataset';
import { findNumbers } from '../src/data/numerals';
import { readDatasetTexts } from '../scripts/readDatasetTexts';
import { ROOT_DIR, dataRowCount } from './miniFixture';

const DATA_DIR = join(ROOT_DIR, 'data');
const texts = readDatasetTexts(DATA_DIR);
const { dataset, issues } = buildDataset(texts);

describe('the curated data in data/', () => {
  it('has no error and keeps every row of every file', () => {
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(dataset.reports.length).toBeGreaterThan(0);
    expect(dataset.reports).toHaveLength(dataRowCount(texts.reports));
    expect(dataset.indicators).toHaveLength(dataRowCount(texts.indicators));
    expect(dataset.population).toHaveLength(dataRowCount(texts.population));
    expect(dataset.observations.length).toBeGreaterThan(0);
  });

  it('references every source report in data/sources from reports.csv', () => {
    const files = readdirSync(join(DATA_DIR, 'sources')).filter((name) => name.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    const referenced = new Set(dataset.reports.map((report) => report.sourceFile));
    expect(files.filter((name) => !referenced.has(name))).toEqual([]);
  });

  it('gives every indicator a Chinese and an English name and definition', () => {
    const han = /\p{Script=Han}/u;
    const latin = /[A-Za-z]/;
    const incomplete = dataset.indicators.filter(
      (indicator) =>
        !han.test(indicator.nameZh) ||
        !han.test(indicator.definitionZh) ||
        !latin.test(indicator.nameEn) ||
        !latin.test(indicator.definitionEn),
    );
    expect(incomplete.map((indicator) => indicator.id)).toEqual([]);
  });

  it('has a population figure for every report', () => {
    const missing = dataset.reports.filter((report) => !dataset.populationByAdminCode.has(report.adminCode));
    expect(missing.map((report) => report.id)).toEqual([]);
  });

  it('has no zero value unless its quote writes the zero (0, 零 or 无)', () => {
    const zeros = dataset.observations.filter((observation) => observation.value === 0);
    const unsourced = zeros.filter(
      (observation) =>
        !findNumbers(observation.quote).some((n) => n.value === 0) && !/[零无無]/.test(observation.quote),
    );
    expect(unsourced.map((observation) => observation.key)).toEqual([]);
  });
});
