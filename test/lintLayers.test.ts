import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

/** The layer rule's messages for `code` as if it were the source file `file` of the app. */
async function layerMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('lint on the direction of imports (data → model → charts → features → app)', () => {
  // The first lint loads the configuration: slow on a busy machine.
  beforeAll(() => layerMessages('src/data/layerProbe.ts', ''), 120_000);

  it('fails on an import from a later layer: a screen from the app, the model from a screen, data from the model', async () => {
    expect(await layerMessages('src/features/overview/layerProbe.ts', "export { App } from '../../app/App';\n")).toEqual([expect.stringContaining('src/features may not import from app')]);
    expect(await layerMessages('src/charts/layerProbe.ts', "export { Overview } from '../features/overview/Overview';\n")).toEqual([expect.stringContaining('src/charts may not import from')]);
    expect(await layerMessages('src/data/layerProbe.ts', "export { buildTrend } from '../model/buildTrend';\n")).toHaveLength(1);
  });

  it('passes an import from an earlier layer or the same one', async () => {
    expect(await layerMessages('src/features/overview/layerProbe.ts', "export { useApp } from '../AppContext';\nexport { useQueued } from '../../charts/useQueued';\n")).toEqual([]);
    expect(await layerMessages('src/app/layerProbe.ts', "export { Overview } from '../features/overview/Overview';\n")).toEqual([]);
  });
});
