import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import compat from 'eslint-plugin-compat';
import { tsImport } from 'tsx/esm/api';
import tseslint from 'typescript-eslint';

// The supported browsers (package.json's browserslist) and what the build polyfills for them.
const { BROWSERS, CORE_JS_VERSION } = await tsImport('./scripts/browserTargets.ts', import.meta.url);
const { apisOfModules, modulesTheBrowsersLack } = await tsImport('./scripts/selectPolyfills.ts', import.meta.url);

/**
 * Layers import one way: data → model → charts → features → app (docs/architecture.md). Each folder may
 * not import from the layers after it.
 */
const LAYERS = [
  ['src/data', ['model', 'charts', 'components', 'features', 'app']],
  ['src/extract', ['model', 'charts', 'components', 'features', 'app']],
  ['src/model', ['charts', 'components', 'features', 'app']],
  ['src/charts', ['components', 'features', 'app']],
  ['src/components', ['features', 'app']],
  ['src/features', ['app']],
  ['src/url', ['charts', 'components', 'features', 'app']],
  ['src/i18n', ['charts', 'components', 'features', 'app']],
];
const layerRules = LAYERS.map(([folder, later]) => ({
  files: [`${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ regex: `^(\\.\\.?/)+(${later.join('|')})/`, message: `${folder} may not import from ${later.join(', ')}: imports go data → model → charts → features → app.` }] }],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-offline', 'node_modules'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // A web or ES API those browsers lack is an error, unless the build polyfills it (scripts/browserPolyfills.ts).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    extends: [compat.configs['flat/recommended']],
    settings: { lintAllEsApis: true, polyfills: apisOfModules(modulesTheBrowsersLack(BROWSERS, CORE_JS_VERSION)) },
  },
  ...layerRules,
);
