/**
 * `node scripts/checkScriptSyntax.mjs [DIR…]`: parses every script a build emits (dist/assets/*.js: the
 * page's chunks, its workers and its polyfills; dist-offline/index.html's inline scripts) as ES2020, the
 * newest syntax Chromium 83 and Firefox 78 run, and exits 1 on any newer syntax (`??=`, `#private`, class
 * fields, a regular expression's `d` or `v` flag…).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

/** The ECMAScript edition every supported browser parses (package.json's browserslist). */
export const ECMA_VERSION = 2020;

/** The syntax error acorn reports for `code` as an ES2020 module, or undefined when it parses. */
export function newerSyntax(code) {
  try {
    parse(code, { ecmaVersion: ECMA_VERSION, sourceType: 'module' });
    return undefined;
  } catch (error) {
    return error instanceof SyntaxError ? error.message : String(error);
  }
}

/** The inline scripts of a page (not its JSON data elements), each with a name for the report. */
export function inlineScripts(html, name) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes, code]) => !/type="application\/json"/.test(attributes) && code.trim() !== '')
    .map(([, , code], index) => ({ name: `${name} inline script ${index + 1}`, code }));
}

/** Every script of a build folder: assets/*.js and the inline scripts of index.html. */
export function scriptsOfBuild(dir) {
  const assets = join(dir, 'assets');
  const files = existsSync(assets)
    ? readdirSync(assets)
        .filter((name) => name.endsWith('.js'))
        .map((name) => ({ name: join(assets, name), code: readFileSync(join(assets, name), 'utf8') }))
    : [];
  const page = join(dir, 'index.html');
  return [...files, ...(existsSync(page) ? inlineScripts(readFileSync(page, 'utf8'), page) : [])];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  const scripts = (dirs.length > 0 ? dirs : ['dist', 'dist-offline']).flatMap(scriptsOfBuild);
  const problems = scripts.map(({ name, code }) => ({ name, problem: newerSyntax(code) })).filter(({ problem }) => problem);
  for (const { name, problem } of problems) console.log(`${name}: not ES${ECMA_VERSION}: ${problem}`);
  console.log(`${scripts.length} scripts parsed as ES${ECMA_VERSION}, ${problems.length} with newer syntax`);
  process.exit(problems.length > 0 || scripts.length === 0 ? 1 : 0);
}
