import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');
const FALLBACK = join(SRC, 'flexGapFallback.css');

/** The selectors of the rules in `css` that make a flex container with a gap. */
function flexContainersWithGap(css: string): string[] {
  const selectors: string[] = [];
  postcss.parse(css).walkRules((rule) => {
    const value = (prop: string) => rule.nodes.find((node) => node.type === 'decl' && node.prop === prop);
    const display = value('display');
    if (value('gap') && display?.type === 'decl' && /flex/.test(display.value)) selectors.push(...rule.selectors);
  });
  return selectors;
}

describe('the flex gap fallback of Chromium 83', () => {
  it('spaces the items of every flex container that has a gap', () => {
    const sheets = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.css') && join(SRC, path) !== FALLBACK);
    const containers = sheets.flatMap((path) => flexContainersWithGap(readFileSync(join(SRC, path), 'utf8')));
    expect(containers).toContain('.filter-bar');
    const covered = new Set<string>();
    postcss.parse(readFileSync(FALLBACK, 'utf8')).walkRules((rule) => rule.selectors.forEach((selector) => covered.add(selector)));
    expect(containers.filter((selector) => !covered.has(`${selector} > *`))).toEqual([]);
  });

  it('finds a flex container with a gap, and not a grid', () => {
    expect(flexContainersWithGap('.a { display: inline-flex; gap: 4px } .b { display: grid; gap: 4px } .c { display: flex }')).toEqual(['.a']);
  });
});
