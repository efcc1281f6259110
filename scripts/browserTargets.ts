/**
 * The supported browsers, stated once in package.json's `browserslist`, in the forms the build needs: the
 * list itself (polyfills, lint) and the syntax target of Vite's `build.target` and `build.cssTarget`.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';

const ROOT = resolve(import.meta.dirname, '..');

/** The browsers package.json names, one per version (`chrome 83`, `firefox 78`, …). */
export const BROWSERS: string[] = browserslist(undefined, { path: ROOT });

/**
 * What the built scripts may use: what every supported browser parses, and ES2020 at most, the last edition
 * Chromium 83 and Firefox 78 run whole (they lack `??=`, and Firefox 78 private class fields).
 */
export const SYNTAX_TARGET: string[] = ['es2020', ...browserslistToEsbuild(BROWSERS)];

/** The core-js the polyfills come from: what it can polyfill depends on its version. */
export const CORE_JS_VERSION: string = createRequire(import.meta.url)('core-js/package.json').version;
