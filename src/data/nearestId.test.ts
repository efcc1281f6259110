import { describe, expect, it } from 'vitest';
import { editDistance, suggestNearest } from './nearestId';
import { readDatasetTexts } from '../../scripts/readDatasetTexts';
import { buildDataset } from './buildDataset';
import { resolve } from 'node:path';

const curated = buildDataset(readDatasetTexts(resolve(import.meta.dirname, '../../data'))).dataset;
const indicatorIds = curated.indicators.map((indicator) => indicator.id);

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['abc', 'acb', 1],
    ['mediaton', 'mediation', 1],
    ['kitten', 'sitting', 3],
  ])('from %s to %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe('suggestNearest on the curated indicator ids', () => {
  it.each([
    ['mediaton_success', 'mediation_success_rate'],
    ['mediation_case', 'mediation_cases'],
    ['litigaton_cases', 'litigation_cases'],
    ['reconsideration_recieved', 'reconsideration_received'],
    ['enforcement_staf', 'enforcement_staff'],
  ])('suggests %s → %s', (typo, expected) => {
    expect(suggestNearest(typo, indicatorIds)).toBe(expected);
  });

  it('suggests nothing for an id unlike any known one', () => {
    expect(suggestNearest('zzz', indicatorIds)).toBeUndefined();
    expect(suggestNearest('weather_rainfall_mm', indicatorIds)).toBeUndefined();
  });

  it('never suggests the id itself', () => {
    expect(suggestNearest('mediation_cases', ['mediation_cases'])).toBeUndefined();
  });
});
