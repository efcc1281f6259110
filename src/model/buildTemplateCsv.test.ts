import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readUserFile } from '../data/readUserFile';
import { DATA_FILES } from '../data/schema';
import { buildTemplateCsv, TEMPLATE_FILES } from './buildTemplateCsv';

describe('buildTemplateCsv', () => {
  it.each(TEMPLATE_FILES)('gives %s.csv the columns of its schema, in order, and no row', (kind) => {
    const text = buildTemplateCsv(kind);
    const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(data).toEqual([Object.keys(DATA_FILES[kind].schema.shape)]);
  });

  it.each(TEMPLATE_FILES)('writes a %s template the files screen takes as that file, with no issue', (kind) => {
    const { file, issues } = readUserFile(`${kind}.csv`, new TextEncoder().encode(buildTemplateCsv(kind)));
    expect(issues).toEqual([]);
    expect(file?.kind).toBe(kind);
  });
});
