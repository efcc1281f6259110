import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINI_DIR, ROOT_DIR, lineOf, replaceOnce } from './miniFixture';

const TIMEOUT = 60_000;
const tempDirs: string[] = [];

function validate(dir: string) {
  const run = spawnSync('npx', ['tsx', 'scripts/validateData.ts', '--dir', dir], { cwd: ROOT_DIR, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function miniCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mini-data-'));
  tempDirs.push(dir);
  cpSync(MINI_DIR, dir, { recursive: true });
  return dir;
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/validateData.ts', () => {
  it(
    'exits 0 on the curated data and reports zero errors',
    () => {
      const { status, output } = validate(join(ROOT_DIR, 'data'));
      expect(output).toContain('0 error(s)');
      expect(output).not.toMatch(/^error /m);
      expect(status).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'exits 0 on an unchanged copy of the mini fixture',
    () => {
      const { status, output } = validate(miniCopy());
      expect(output).toContain('0 error(s)');
      expect(status).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'exits 1 on a broken quote and names the file, line, column and reason',
    () => {
      const dir = miniCopy();
      const file = join(dir, 'observations.csv');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, replaceOnce(original, '调解成功1633件', '调解成功1663件'));
      const line = lineOf(original, 'mediation_settled');

      const { status, output } = validate(dir);
      expect(status).toBe(1);
      expect(output).toContain(`observations.csv:${line} [quote] quote not found in report 2020-test-mini`);
      expect(output).toContain('1 error(s)');
    },
    TIMEOUT,
  );
});
