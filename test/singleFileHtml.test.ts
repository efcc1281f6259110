import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSingleFileHtml, embedJson, escapeScript, type PageFile } from '../scripts/singleFileHtml';

const VITE_HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const FILES: Record<string, PageFile> = {
  'assets/index-abc.js': { text: 'const a = "</script>"; document.title = a + `href="./x.js"`;' },
  'assets/index-def.css': { text: 'body { color: #111 }' },
  'favicon.svg': { bytes: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>') },
};
const DATA = { reports: 'report_id\n', sources: { 'a.txt': '</script><!-- $& 原文' } };

const build = (html = VITE_HTML, files = FILES) =>
  buildSingleFileHtml({ html, readFile: (path) => files[path], dataId: 'curated-data', data: DATA });

describe('buildSingleFileHtml', () => {
  it('inlines the module script and lists its exact text by hash in the CSP, with no eval and no connection', () => {
    const { html } = build();
    const code = html.match(/<script type="module">([\s\S]*?)<\/script>/)?.[1];
    expect(code).toBe('const a = "<\\/script>"; document.title = a + `href="./x.js"`;');
    const hash = createHash('sha256')
      .update(code ?? '', 'utf8')
      .digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'; `);
    expect(html).toContain("connect-src 'none'");
    expect(html).not.toMatch(/unsafe-eval|src="\.\//);
  });

  it('drops the preloads of data files, which it carries inside', () => {
    const preloads = '<link rel="preload" href="./data/reports.csv" as="fetch" crossorigin="anonymous">\n    <link rel="preload" href="./data/population.csv" as="fetch" crossorigin="anonymous">';
    const { html, inlined } = build(VITE_HTML.replace('<link rel="icon"', `${preloads}\n    <link rel="icon"`));
    expect(html).not.toMatch(/preload|\.\/data\//);
    expect(inlined).not.toContain('data/reports.csv');
  });

  it('puts the CSP after the charset and before the first script', () => {
    const { html } = build();
    const at = (text: string) => html.indexOf(text);
    expect(at('<meta charset')).toBeLessThan(at('Content-Security-Policy'));
    expect(at('Content-Security-Policy')).toBeLessThan(at('<script'));
  });

  it('inlines the stylesheet and turns the favicon into a data: URL', () => {
    const { html, inlined } = build();
    expect(html).toContain('<style>body { color: #111 }</style>');
    expect(html).toContain(
      `href="data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}"`,
    );
    expect(inlined.sort()).toEqual(['assets/index-abc.js', 'assets/index-def.css', 'favicon.svg']);
  });

  it('embeds the data as JSON that no text inside it can close, and that reads back unchanged', () => {
    const { html } = build();
    const json = html.match(/<script type="application\/json" id="curated-data">([\s\S]*?)<\/script>/)?.[1];
    expect(json).not.toMatch(/</);
    expect(JSON.parse(json ?? '')).toEqual(DATA);
  });

  it('stops on a second chunk, a file it cannot find, or a page that already has a policy', () => {
    expect(() =>
      build(VITE_HTML.replace('</head>', '<link rel="modulepreload" href="./assets/other.js"></head>')),
    ).toThrow(/one chunk/);
    expect(() => build(VITE_HTML, { ...FILES, 'favicon.svg': undefined as unknown as PageFile })).toThrow(
      /favicon\.svg/,
    );
    expect(() =>
      build(VITE_HTML.replace('<head>', '<head><meta http-equiv="Content-Security-Policy" content="x">')),
    ).toThrow(/CSP/);
  });

  it('stops on a reference to another origin left in the page', () => {
    expect(() =>
      build(VITE_HTML.replace('</head>', '<link rel="preconnect" href="https://fonts.example"></head>')),
    ).toThrow(/https:\/\/fonts/);
  });
});

describe('escapeScript and embedJson', () => {
  it('escapes a closing script tag in any letter case and refuses an HTML comment opener', () => {
    expect(escapeScript('"</SCRIPT>"')).toBe('"<\\/SCRIPT>"');
    expect(() => escapeScript('"<!--"')).toThrow(/<!--/);
  });

  it('escapes every < in JSON', () => {
    expect(embedJson({ a: '<b>' })).toBe('{"a":"\\u003cb>"}');
  });
});
