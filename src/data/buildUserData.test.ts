import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedFolder } from '../../test/fixtures/published';
import { ROOT_DIR } from '../../test/miniFixture';
import { buildUserData, labelFiles, readUploads } from './buildUserData';
import type { StoredFile } from './userFileStore';

const CORPUS = join(ROOT_DIR, 'test/fixtures/bad-input');
const curated = publishedFolder(join(ROOT_DIR, 'data'));
const upload = (name: string, as = name) => ({ name: as, buffer: new Uint8Array(readFileSync(join(CORPUS, name))).buffer });

/** The corpus's demo files read and kept with the given load numbers, in the order given. */
function kept(names: [file: string, as: string, seq: number][]): StoredFile[] {
  const { files } = readUploads(names.map(([file, as]) => upload(file, as)));
  return files.map((file, i) => ({ ...file, id: `${names[i][2]}-${file.hash}`, seq: names[i][2] }));
}

describe('labelFiles', () => {
  it('leaves a name alone the first time and numbers it after', () => {
    expect(labelFiles([{ name: 'a.csv' }, { name: 'b.csv' }, { name: 'a.csv' }, { name: 'a.csv' }])).toEqual(['a.csv', 'b.csv', 'a.csv (2)', 'a.csv (3)']);
  });
});

describe('buildUserData', () => {
  it('credits rows two files hold to the one loaded first, whatever order the files come in', () => {
    const files = kept([
      ['valid-reports.csv', 'reports.csv', 1],
      ['2021-test-demo-shiyan.txt', '2021-test-demo-shiyan.txt', 2],
      ['valid-observations.csv', 'observations.csv', 3],
      ['valid-observations.csv', 'observations-copy.csv', 4],
    ]);
    for (const order of [files, [...files].reverse()]) {
      const result = buildUserData(curated.dataset, curated.sources, order);
      expect(result.files.map((file) => [file.label, file.kept, file.rejected])).toEqual([
        ['reports.csv', 1, 0],
        ['2021-test-demo-shiyan.txt', 1, 0],
        ['observations.csv', 7, 0],
        ['observations-copy.csv', 0, 7],
      ]);
    }
  });

  it('keeps two files of the same name apart: rows, issues and rejected rows each name their own', () => {
    const files = kept([
      ['valid-reports.csv', 'reports.csv', 1],
      ['2021-test-demo-shiyan.txt', '2021-test-demo-shiyan.txt', 2],
      ['valid-observations.csv', 'observations.csv', 3],
      ['non-numeric.csv', 'observations.csv', 4],
    ]);
    const result = buildUserData(curated.dataset, curated.sources, files);
    expect(result.files.map((file) => [file.id, file.label, file.kept])).toEqual([
      [files[0].id, 'reports.csv', 1],
      [files[1].id, '2021-test-demo-shiyan.txt', 1],
      [files[2].id, 'observations.csv', 7],
      [files[3].id, 'observations.csv (2)', 0],
    ]);
    expect(result.files[3].preview[0]).toMatch(/^2021-test-demo-shiyan,/);
    expect(result.rejected.map((file) => file.name)).toEqual(['observations.csv (2)']);
    expect(new Set(result.issues.filter((issue) => issue.origin === 'user').map((issue) => issue.file))).toEqual(new Set(['observations.csv (2)']));
  });

  it('costs a bad byte its line: the other rows load, and the line is reported by number with what is wrong', () => {
    const observations = new Uint8Array(readFileSync(join(CORPUS, 'valid-observations.csv')));
    const third = observations.indexOf(0x0a, observations.indexOf(0x0a) + 1) + 1;
    const at = observations.indexOf(0x2c, third) + 3; // in the indicator id of line 3
    const broken = observations.slice();
    broken[at] = 0xe9;
    const [report, source] = kept([
      ['valid-reports.csv', 'reports.csv', 1],
      ['2021-test-demo-shiyan.txt', '2021-test-demo-shiyan.txt', 2],
    ]);
    const { files } = readUploads([{ name: 'observations.csv', buffer: broken.buffer }]);
    const result = buildUserData(curated.dataset, curated.sources, [report, source, { ...files[0], id: '3', seq: 3 }]);
    expect(result.files[2]).toMatchObject({ kept: 6, rejected: 1, encoding: 'utf-8' });
    expect(result.issues.filter((issue) => issue.origin === 'user').map((issue) => [issue.line, issue.code, issue.params])).toEqual([
      [3, 'badLine', { problem: 'invalidUtf8', column: at - third + 1, code: 'E9' }],
    ]);
  });
});
