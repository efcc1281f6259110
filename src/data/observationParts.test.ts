import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readDatasetTexts } from '../../scripts/readDatasetTexts';
import { ROOT_DIR } from '../../test/miniFixture';
import { buildDataset, startDatasetBuild, type DatasetTexts } from './buildDataset';
import { DATA_FILES } from './schema';
import { createObservationReader } from './observationReader';

const FILE = DATA_FILES.observations.file;

/** Builds `texts` with observations.csv read in two parts, split before data line `at` (0-based, after the header). */
function buildInParts(texts: DatasetTexts, at: number) {
  const lines = texts.observations.split(/(?<=\n)/);
  const [header, ...rows] = lines;
  const first = startDatasetBuild(texts);
  const firstPart = first.observations(FILE);
  firstPart.feed([header, ...rows.slice(0, at)].join(''));
  // The first part ends on a record boundary: the next record's line is known.
  const nextLine = firstPart.boundary();
  expect(nextLine).toBe(at + 2);
  // The second reader gets what rows are checked against as a worker would: cloned, as postMessage does.
  const second = createObservationReader(structuredClone(first.observationFrame()));
  const secondPart = second.startPart(FILE);
  secondPart.feed([header, ...rows.slice(at)].join(''));
  secondPart.end();
  first.addPart(second.takePart(), FILE, nextLine! - 2);
  return first.finish();
}

/** The curated data with a few faults, some of them across any split: duplicates, unknown ids, a figure not in its quote. */
function faultyTexts(): DatasetTexts {
  const texts = readDatasetTexts(resolve(ROOT_DIR, 'data'));
  // Rows with a character PapaParse might take for the delimiter are left out: parts are read only from plain CSV.
  const lines = texts.observations
    .trimEnd()
    .split('\n')
    .filter((line) => !/[\t|;]/.test(line));
  const [header, first, second] = lines;
  const wrong = (row: string) => row.replace(/^([^,]+,[^,]+,)[^,]+/, '$1987654321');
  const rows = [
    header,
    first,
    second.replace(/^[^,]+,/, '2099-nowhere-x,'),
    ...lines.slice(3, 40),
    first, // a duplicate of a kept row
    wrong(lines[100]), // left out: its figure is not in its quote
    ...lines.slice(40, 80),
    wrong(first), // a duplicate and wrong: the duplicate is what is reported
    ...lines.slice(80), // line 100 again: a duplicate of a row left out for another reason
  ];
  return { ...texts, observations: `${rows.join('\n')}\n` };
}

describe('observations read in two parts', () => {
  it('gives exactly what a whole read gives, wherever the file is split', () => {
    const texts = faultyTexts();
    const whole = buildDataset(texts);
    expect(whole.issues.map((issue) => issue.code)).toEqual(['unknownReport', 'duplicateObservation', 'valueNotInQuote', 'duplicateObservation', 'duplicateObservation']);
    const rows = texts.observations.split('\n').length - 2;
    for (const at of [0, 1, 2, 3, 40, 41, 42, 43, 81, 82, 83, 84, 150, rows - 1, rows]) {
      const parts = buildInParts(texts, at);
      expect(parts.issues, `split at ${at}`).toEqual(whole.issues);
      expect(parts.dataset.observations, `split at ${at}`).toEqual(whole.dataset.observations);
    }
  });
});
