import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readDatasetTexts } from '../../scripts/readDatasetTexts';
import { ROOT_DIR } from '../../test/miniFixture';
import { fixtureTexts } from '../../test/fixtures/makeDataset';
import { buildDataset, startDatasetBuild, type DatasetTexts } from './buildDataset';
import { createObservationReader, plainNumberAt } from './observationReader';
import { DATA_FILES } from './schema';

const FILE = DATA_FILES.observations.file;

/** Builds `texts` with observations.csv fed as UTF-8 bytes in pieces of `size` bytes (as a download comes). */
function buildFromBytes(texts: DatasetTexts, size: number) {
  const build = startDatasetBuild(texts);
  const stream = build.observations(FILE);
  const bytes = new TextEncoder().encode(texts.observations);
  for (let at = 0; at < bytes.length; at += size) stream.feedBytes(bytes.subarray(at, at + size));
  stream.end();
  return { ...build.finish(), plain: stream.plain() };
}

/**
 * The curated data with rows of every kind the byte reading must leave to the text reading, or read
 * exactly as it does: unknown ids, fields with spaces around them, numbers the schema refuses, notes,
 * a character of four bytes, a row with a field too many, a blank line, a duplicate.
 */
function awkwardTexts(): DatasetTexts {
  // The test fixture: plain comma-separated text throughout (the curated file has semicolons in its
  // quotes, so PapaParse reads it whatever the way it is fed).
  const texts = fixtureTexts();
  const lines = texts.observations.trimEnd().split('\n');
  const [header, first, second, third] = lines;
  const [report, indicator, value, qualifier, quote] = first.split(',');
  const row = (fields: Partial<Record<'report' | 'indicator' | 'value' | 'qualifier' | 'quote' | 'note' | 'noteZh', string>>) =>
    [fields.report ?? report, fields.indicator ?? indicator, fields.value ?? value, fields.qualifier ?? qualifier, fields.quote ?? quote, fields.note ?? '', fields.noteZh ?? ''].join(',');
  const awkward = [
    row({ report: '2099-nowhere-x' }),
    row({ report: ' 2020-x' }),
    row({ indicator: 'no_such_indicator' }),
    row({ indicator: 'Not_Snake' }),
    row({ value: '1e5' }),
    row({ value: ' 12' }),
    row({ qualifier: 'about' }),
    row({ quote: ` ${quote}` }),
    row({ quote: '' }),
    row({ quote: `${quote}😀` }),
    row({ note: ' spaced', noteZh: '备注' }),
    `${row({})},extra`,
    ',,,,,,',
    '',
    first,
  ];
  return { ...texts, observations: `\ufeff${[header, second, ...awkward, third, ...lines.slice(4)].join('\n')}\n` };
}

describe('observations read as bytes', () => {
  it('give exactly what reading the text gives, however the bytes are cut', () => {
    for (const [texts, plain] of [[awkwardTexts(), true], [readDatasetTexts(resolve(ROOT_DIR, 'data')), false]] as const) {
      const expected = buildDataset(texts);
      for (const size of [1, 2, 3, 7, 64, 1000, 1 << 20]) {
        const got = buildFromBytes(texts, size);
        expect(got.plain).toBe(plain);
        expect(got.issues, `pieces of ${size} bytes`).toEqual(expected.issues);
        expect(got.dataset.observations, `pieces of ${size} bytes`).toEqual(expected.dataset.observations);
      }
    }
  });

  it('report each awkward row as the text reading does', () => {
    const { issues } = buildDataset(awkwardTexts());
    expect(issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(['unknownReport', 'unknownIndicator', 'fieldCount', 'duplicateObservation']));
    expect(issues.length).toBeGreaterThanOrEqual(12);
    expect(issues.filter((issue) => issue.line === undefined)).toEqual([]);
  });
});

describe('observations read as bytes in two parts', () => {
  it('join to exactly what reading the whole text gives, wherever the file is cut', () => {
    const texts = awkwardTexts();
    const expected = buildDataset(texts);
    const bytes = new TextEncoder().encode(texts.observations);
    const headerEnd = bytes.indexOf(10) + 1;
    const header = new TextDecoder().decode(bytes.subarray(0, headerEnd));
    // Every line end after the header, as the first worker's cut falls (readObservations.ts).
    const cuts = [...bytes.keys()].filter((at) => at >= headerEnd && bytes[at - 1] === 10);
    for (const cut of cuts) {
      const first = startDatasetBuild(texts);
      const firstPart = first.observations(FILE);
      firstPart.feedBytes(bytes.subarray(0, cut));
      const nextLine = firstPart.boundary();
      expect(nextLine, `cut at ${cut}`).toBeDefined();
      // The second reader: what rows are checked against, cloned as postMessage does; the header as text, then bytes.
      const second = createObservationReader(structuredClone(first.observationFrame()));
      const secondPart = second.startPart(FILE);
      secondPart.feed(header);
      for (let at = cut; at < bytes.length; at += 50) secondPart.feedBytes(bytes.subarray(at, Math.min(at + 50, bytes.length)));
      secondPart.end();
      expect(secondPart.plain()).toBe(true);
      first.addPart(second.takePart(), FILE, nextLine! - 2);
      const got = first.finish();
      expect(got.issues, `cut at ${cut}`).toEqual(expected.issues);
      expect(got.dataset.observations, `cut at ${cut}`).toEqual(expected.dataset.observations);
    }
  });
});

describe('plainNumberAt', () => {
  const read = (text: string) => plainNumberAt(new TextEncoder().encode(text), 0, text.length);

  it('reads a plain decimal number exactly as Number() reads its text', () => {
    const texts = ['0', '-0', '7', '007', '98.79', '-3.5', '0.1', '0.3', '1.005', '123456789012345', '99999999999999.9', '0.000000000000001', '2.675', '1500'];
    for (let i = 0; i < 2000; i++) texts.push((Math.random() * 10 ** (i % 12)).toFixed(i % 5), String(Math.floor(Math.random() * 1e9)));
    for (const text of texts) {
      const got = read(text);
      if (got !== undefined) expect(Object.is(got, Number(text)), text).toBe(true);
    }
    expect(read('98.79')).toBe(98.79);
    expect(Object.is(read('-0'), -0)).toBe(true);
  });

  it('leaves to the text reading what is not plain, or longer than 15 digits', () => {
    for (const text of ['', '-', '.5', '1.', '1e5', '+3', '1,000', ' 12', '12 ', '1.2.3', '0x1F', '1234567890123456', '0.1234567890123456']) expect(read(text), text).toBeUndefined();
  });
});
