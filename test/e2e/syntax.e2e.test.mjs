// The built scripts parse as ES2020, the newest syntax Chromium 83 and Firefox 78 run: the served build's
// chunks, workers and polyfills, and the offline file's inline script (`npm run test:e2e` builds both first).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { inlineScripts, newerSyntax, scriptsOfBuild } from '../../scripts/checkScriptSyntax.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const offline = fileURLToPath(new URL('../../dist-offline/', import.meta.url));

describe('the syntax of the built scripts', () => {
  it('rejects what Chromium 83 or Firefox 78 cannot parse', () => {
    for (const code of ['a ??= b;', 'a ||= b;', 'class A { #x = 1; }', 'class A { x = 1; }', '/a/d;', 'await 1;'])
      assert.ok(newerSyntax(code), `${code} should not pass as ES2020`);
    assert.equal(newerSyntax('const a = b?.c ?? 1n; import("./x.js");'), undefined);
  });

  it('finds the inline scripts of a page, not its JSON data', () => {
    const page = '<script type="module">a ??= 1</script><script type="application/json" id="d">{}</script>';
    assert.deepEqual(inlineScripts(page, 'p').map(({ code }) => code), ['a ??= 1']);
  });

  it('parses every script of the served build, workers included, as ES2020', () => {
    assert.ok(existsSync(dist), 'dist/ is missing: run `npx vite build` first');
    const scripts = scriptsOfBuild(dist);
    assert.ok(scripts.length > 1, 'dist/assets/ should hold the chunks and workers');
    for (const { name, code } of scripts) assert.equal(newerSyntax(code), undefined, name);
  });

  it("parses the offline file's one inline script as ES2020", () => {
    assert.ok(existsSync(offline), 'dist-offline/ is missing: run `npx tsx scripts/buildOffline.ts` first');
    const scripts = scriptsOfBuild(offline);
    assert.equal(scripts.length, 1);
    assert.equal(newerSyntax(scripts[0].code), undefined);
  });
});
