import { describe, expect, it } from 'vitest';
import { BROWSERS } from '../scripts/browserTargets';
import { codeNames, LEFT_OUT, modulesTheBrowsersLack, nameOfModule, selectPolyfills } from '../scripts/selectPolyfills';

const lacking = modulesTheBrowsersLack(BROWSERS, '3.51');

describe('selectPolyfills', () => {
  it('knows what Chromium 83 and Firefox 78 lack, and none of what they have', () => {
    expect(BROWSERS).toEqual(expect.arrayContaining(['chrome 83', 'firefox 78']));
    expect(lacking).toEqual(expect.arrayContaining(['es.array.at', 'es.string.replace-all', 'es.object.has-own', 'es.array.find-last', 'web.structured-clone', 'es.promise.any', 'es.aggregate-error']));
    expect(lacking).not.toContain('es.array.flat-map');
    expect(lacking).not.toContain('es.promise.all-settled');
  });

  it('leaves out the fixes and the families named in LEFT_OUT', () => {
    expect(lacking).not.toContain('es.array.push');
    expect(lacking.some((module) => module.startsWith('es.iterator.'))).toBe(false);
    expect(Object.values(LEFT_OUT).every((reason) => reason.length > 10)).toBe(true);
  });

  it('reads the name code uses from a module name', () => {
    expect(nameOfModule('es.array.find-last')).toEqual({ property: 'findLast' });
    expect(nameOfModule('es.string.at-alternative')).toEqual({ property: 'at' });
    expect(nameOfModule('es.object.has-own')).toEqual({ global: 'Object.hasOwn' });
    expect(nameOfModule('es.aggregate-error')).toEqual({ global: 'AggregateError' });
    expect(nameOfModule('web.structured-clone')).toEqual({ global: 'structuredClone' });
  });

  it('finds a method called, minified or computed, and not a spread or another name', () => {
    expect(codeNames('e.findLast(t=>t)', 'es.array.find-last')).toBe(true);
    expect(codeNames('e["replaceAll"](a,b)', 'es.string.replace-all')).toBe(true);
    expect(codeNames('f(...findLast)', 'es.array.find-last')).toBe(false);
    expect(codeNames('e.findLastKey(t)', 'es.array.find-last')).toBe(false);
    expect(codeNames('Object . hasOwn(a, b)', 'es.object.has-own')).toBe(true);
    expect(codeNames('a.hasOwn(b)', 'es.object.has-own')).toBe(false);
    expect(codeNames('const c = structuredClone(v)', 'web.structured-clone')).toBe(true);
    expect(codeNames('x.structuredClone(v)', 'web.structured-clone')).toBe(false);
  });

  it('selects from all the code the modules some of it uses', () => {
    expect(selectPolyfills(['a.at(-1)', 'Promise.any(p)'], lacking)).toEqual(
      expect.arrayContaining(['es.array.at', 'es.string.at-alternative', 'es.typed-array.at', 'es.promise.any']),
    );
    expect(selectPolyfills(['a.map(f).filter(g); b.push(1)'], lacking)).toEqual([]);
  });
});
