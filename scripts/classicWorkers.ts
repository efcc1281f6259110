import type { Plugin } from 'vite';

/**
 * Workers are built as classic scripts (Vite's worker format 'iife'), because Firefox before 114 cannot start a
 * module worker; this makes the built page start them as such. The source keeps `type: 'module'` for the dev
 * server, which serves modules.
 */
export function classicWorkers(): Plugin {
  return {
    name: 'classic-workers',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.[cm]?[jt]sx?$/.test(id) || !code.includes('new Worker(')) return null;
      const replaced = code.replace(
        /(new Worker\(\s*new URL\([^)]*\)\s*,\s*\{\s*type:\s*)(['"])module\2/g,
        (_match, start: string, quote: string) => `${start}${quote}classic${quote}`,
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}
