import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINI_DIR, ROOT_DIR, lineOf, replaceOnce } from './miniFixture';
import { columnFile, OBSERVATION_COLUMNS, readColumnFile } from '../src/data/publishedDataset';

const TIMEOUT = 60_000;
const tempDirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'publish-'));
  tempDirs.push(dir);
  return dir;
}

function publish(dir: string, out: string) {
  const run = spawnSync('npx', ['tsx', 'scripts/publishData.ts', '--dir', dir, '--out', out], { cwd: ROOT_DIR, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/publishData.ts', () => {
  it(
    'publishes a valid folder: the dataset, its observation columns, quotes, findings and a copy of its texts',
    () => {
      const out = join(tempDir(), 'out');
      const { status, output } = publish(MINI_DIR, out);
      expect(status).toBe(0);
      expect(output).toMatch(/→ .*: 1 reports, \d+ indicators, \d+ observations/);
      expect(readdirSync(out).sort()).toEqual(['dataset.json', 'findings.bin', 'findings.json', 'observations', 'quotes.json', 'sources']);
      expect(readdirSync(join(out, 'sources'))).toEqual(readdirSync(join(MINI_DIR, 'sources')));
      const published = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
      expect(JSON.parse(readFileSync(join(out, 'quotes.json'), 'utf8'))).toHaveLength(published.observations.count);
      // Each column file says what it holds: one number per figure.
      for (const column of OBSERVATION_COLUMNS) {
        const bytes = readFileSync(join(out, columnFile(column)));
        expect(readColumnFile(column, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)).numbers).toHaveLength(published.observations.count);
      }
    },
    TIMEOUT,
  );

  it(
    'refuses a folder the validator rejects: exits 1 with its errors and writes nothing',
    () => {
      const dir = tempDir();
      cpSync(MINI_DIR, dir, { recursive: true });
      const file = join(dir, 'observations.csv');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, replaceOnce(original, '调解成功1633件', '调解成功1663件'));
      const out = join(tempDir(), 'out');
      const { status, output } = publish(dir, out);
      expect(status).toBe(1);
      expect(output).toContain(`error observations.csv:${lineOf(original, 'mediation_settled')} [quote] quote not found in report 2020-test-mini`);
      expect(output).toContain('1 error(s); nothing published');
      expect(existsSync(out)).toBe(false);
    },
    TIMEOUT,
  );
});
