/**
 * Which core-js modules a piece of built code needs on the supported browsers (package.json's browserslist):
 *
 *   core-js-compat: modules the browsers lack ─▶ each module's name (es.array.find-last ─▶ findLast)
 *   ─▶ kept when the code names it (`.findLast`, `structuredClone`) ─▶ the modules to bundle before the code
 *
 * Reading names rather than types keeps it fast and errs towards a polyfill too many: `.at(` brings the
 * array's, the string's and the typed arrays' `at`.
 */
import compat from 'core-js-compat';

/**
 * Modules core-js lists for the supported browsers that this build leaves out, and why. Each fixes an edge
 * of an API the browsers already have, or belongs to a family whose names every page uses (`map`, `push`),
 * so that a name cannot tell whether the code needs it.
 */
export const LEFT_OUT: Record<string, string> = {
  'es.array.push': 'fixes push() past 2^53 − 1 elements',
  'es.array.includes': 'fixes includes() on sparse arrays in old engines',
  'es.error.cause': "adds an Error's `cause`, which the app never reads",
  'es.json.parse': "adds the reviver's source text argument, which nothing passes",
  'es.json.stringify': 'fixes lone surrogates and adds raw JSON, which nothing uses',
  'es.regexp.flags': 'fixes the order of the flags getter',
  'es.reflect.to-string-tag': 'adds Reflect[Symbol.toStringTag]',
  'es.typed-array.set': 'fixes set() from an array-like with a negative offset',
  'web.dom-exception.stack': "adds a DOMException's stack",
  'web.self': "fixes the `self` property's descriptor",
  'web.immediate': 'setImmediate: React\'s scheduler takes MessageChannel when it is missing, as it does in every browser',
  'web.url-search-params.delete': "adds delete()'s value argument, which nothing passes",
  'web.url-search-params.has': "adds has()'s value argument, which nothing passes",
  'web.url-search-params.size': 'the size getter, a name shared with Map and Set',
  'es.aggregate-error.cause': "adds an AggregateError's `cause`, which the app never reads",
  'web.url.can-parse': 'URL.canParse: zod, the one library that calls it, falls back to new URL() without it',
  'es.set.*':
    "Set methods (union, intersection…): the app is typed against ES2023, which has none, no library calls them, and `.union` is also zod's schema method",
  'es.iterator.*':
    'iterator helpers: their names are the array methods (map, filter, some…); the app is typed against ES2023, which has none, and no library calls them',
};

/** Whether `module` is left out, by its own name or its family's (`es.iterator.*`). */
function isLeftOut(module: string): boolean {
  return module in LEFT_OUT || Object.keys(LEFT_OUT).some((key) => key.endsWith('.*') && module.startsWith(key.slice(0, -1)));
}

/** Namespaces whose modules add static members (`Object.hasOwn`), and static members of other namespaces. */
const STATIC_NAMESPACES = new Set(['object', 'math', 'json', 'reflect', 'promise', 'error', 'symbol']);
const STATIC_MODULES = new Set([
  'es.array.from-async',
  'es.map.group-by',
  'es.iterator.from',
  'es.regexp.escape',
  'es.uint8-array.from-base64',
  'es.uint8-array.from-hex',
  'web.url.can-parse',
  'web.url.parse',
]);

const camel = (words: string) => words.replace(/-([a-z0-9])/g, (_dash, letter: string) => letter.toUpperCase());
const pascal = (words: string) => camel(words).replace(/^[a-z]/, (letter) => letter.toUpperCase());

/**
 * The name code uses to reach what a module adds: a method or property (`es.array.find-last` ─▶ `.findLast`,
 * `es.set.union.v2` ─▶ `.union`), a static member (`es.object.has-own` ─▶ `Object.hasOwn`), a constructor
 * (`es.aggregate-error` ─▶ `AggregateError`) or a global function (`web.structured-clone` ─▶ `structuredClone`).
 */
export function nameOfModule(module: string): { global: string } | { property: string } {
  const [, namespace, ...rest] = module.replace(/\.v\d+$/, '').replace(/-alternative$/, '').split('.');
  if (rest.length === 0) return { global: module.startsWith('web.') ? camel(namespace) : pascal(namespace) };
  if (rest[0] === 'constructor') return { global: pascal(namespace) };
  const member = camel(rest[rest.length - 1]);
  if (STATIC_NAMESPACES.has(namespace) || STATIC_MODULES.has(module)) {
    const owner = namespace === 'url' ? 'URL' : namespace === 'json' ? 'JSON' : pascal(namespace);
    return { global: `${owner}.${member}` };
  }
  return { property: member };
}

const escape = (name: string) => name.replace(/[$.]/g, (char) => (char === '.' ? '\\s*\\.\\s*' : '\\$'));

/** Whether built code names what the module adds (a property access, or the global's identifier). */
export function codeNames(code: string, module: string): boolean {
  const name = nameOfModule(module);
  const pattern =
    'global' in name
      ? new RegExp(`(?<![\\w$.])${escape(name.global)}(?![\\w$])`)
      : new RegExp(`(?<!\\.)\\.\\s*${escape(name.property)}(?![\\w$])|\\[\\s*(["'\`])${escape(name.property)}\\1\\s*\\]`);
  return pattern.test(code);
}

/** The stable (es., web.) core-js modules the browsers lack, less those left out on purpose. */
export function modulesTheBrowsersLack(browsers: string[], coreJsVersion: string): string[] {
  return compat({ targets: browsers, version: coreJsVersion as `3.${number}` })
    .list.filter((module) => /^(es|web)\./.test(module))
    .filter((module) => !isLeftOut(module));
}

/** The modules of `candidates` (from modulesTheBrowsersLack) that some of the code uses, in core-js order. */
export function selectPolyfills(codes: Iterable<string>, candidates: string[]): string[] {
  const texts = [...codes];
  return candidates.filter((module) => texts.some((code) => codeNames(code, module)));
}

/**
 * The APIs the modules add, named as eslint-plugin-compat's `polyfills` setting names them (`Object.hasOwn`,
 * `Array.prototype.at`), so that lint passes what the build polyfills and flags the rest.
 */
export function apisOfModules(modules: string[]): string[] {
  return modules.map((module) => {
    const name = nameOfModule(module);
    if ('global' in name) return name.global;
    const namespace = module.split('.')[1];
    return `${namespace === 'typed-array' ? 'TypedArray' : pascal(namespace)}.prototype.${name.property}`;
  });
}
