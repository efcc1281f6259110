import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import stylelint from 'stylelint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

/** The compat/compat messages lint gives `code` as if it were a source file of the app. */
async function compatMessages(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'src/data/compatProbe.ts') });
  return result.messages.filter((message) => message.ruleId === 'compat/compat').map((message) => message.message);
}

describe('lint on the supported browsers', () => {
  // The first lint loads the configuration and the browsers' data: slow on a busy machine.
  beforeAll(() => compatMessages(''), 120_000);

  it('fails on an API Chromium 83 and Firefox 78 lack that nothing polyfills', async () => {
    expect(await compatMessages('export const ref = new WeakRef({});\n')).toEqual([
      expect.stringMatching(/WeakRef is not supported in .*Chrome 83/),
    ]);
    expect(await compatMessages("export const words = new Intl.Segmenter('zh');\n")).toHaveLength(1);
  });

  it('passes an API they lack that the build polyfills', async () => {
    expect(await compatMessages("export const has = (value: object) => Object.hasOwn(value, 'id');\n")).toEqual([]);
    expect(await compatMessages('export const first = (values: Promise<number>[]) => Promise.any(values);\n')).toEqual([]);
  });
});

describe('CSS lint on the supported browsers', () => {
  /** The warnings stylelint gives `css` as if it were a style sheet of the app. */
  const cssWarnings = async (css: string) =>
    (await stylelint.lint({ code: css, codeFilename: join(ROOT, 'src/probe.css'), cwd: ROOT })).results[0].warnings.map((warning) => warning.text);

  it('fails on CSS Chromium 83 lacks with no fallback', async () => {
    expect(await cssWarnings('.row:has(input:checked) { background: #fff3c4; }\n')).toEqual([expect.stringMatching(/css-has.*Chrome 83/)]);
    expect(await cssWarnings('.ink { color: oklch(40% 0.1 250); }\n')).toHaveLength(1);
  }, 60_000);

  it('passes a flex gap, which has its fallback', async () => {
    expect(await cssWarnings('.row { display: flex; gap: 8px; }\n')).toEqual([]);
  }, 60_000);
});
