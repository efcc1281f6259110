/**
 * The supported browsers, stated once in package.json's `browserslist`, in the forms the build needs: the
 * list itself (polyfills, lint) and the syntax target of Vite's `build.target` and `build.cssTarget`.
 */
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
