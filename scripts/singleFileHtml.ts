/**
 * Turns the index.html that Vite wrote into one self-contained page for the offline build:
 *
 *   <script src=./assets/x.js>  ─▶ <script type="module">…</script>   (its sha256 goes into the CSP)
 *   <link rel=stylesheet href>  ─▶ <style>…</style>
 *   any other ./file (favicon)  ─▶ data: URL
 *   curated data                ─▶ <script type="application/json" id=…> (not executable)
 *   <link rel=preload href=./data/…> ─▶ (dropped: the data is inside)
 *
 * Pure string work, so it can be tested without running a build.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';

/** A file the page refers to, as text (scripts, styles) or bytes. */
export type PageFile = { text: string } | { bytes: Uint8Array };

export interface SingleFileInput {
  /** The index.html Vite wrote, with relative (`./…`) references to its files. */
  html: string;
  /** Returns the file at a path relative to the page (`assets/index-abc.js`), or undefined if there is none. */
  readFile: (path: string) => PageFile | undefined;
  /** The id of the JSON element and the value it carries. */
  dataId: string;
  data: unknown;
}

const MIME_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/**
 * Makes code safe between <script> tags. `</script` becomes `<\/script`, which means the same inside a
 * string, template or regular expression. `<!--` would switch the HTML parser into a state where a later
 * `<script` hides the closing tag; it cannot be rewritten safely in every JS context, so the build stops.
 */
export function escapeScript(code: string): string {
  if (/<!--/.test(code)) throw new Error('the script contains "<!--", which cannot be inlined safely');
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/** Makes CSS safe between <style> tags (`\/` is an escaped `/` in CSS). */
export function escapeStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** JSON for a <script type="application/json"> element: every `<` escaped, so no text can close the element. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The CSP source that allows exactly this inline script: its SHA-256 over the UTF-8 text, base64. */
export function hashScript(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The offline page's policy: only the inlined scripts whose hashes are listed run (no eval, no other inline
 * script), nothing is fetched or connected to, images only from data: and blob: URLs. Inline styles stay
 * allowed as in the normal build: ECharts and React set style attributes, and styles cannot run code.
 */
export function buildOfflineCsp(scriptHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "font-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function asText(file: PageFile): string {
  return 'text' in file ? file.text : Buffer.from(file.bytes).toString('utf8');
}

function asDataUrl(path: string, file: PageFile): string {
  const mime = MIME_TYPES[extname(path).toLowerCase()];
  if (!mime) throw new Error(`./${path}: no data: URL type known for ${extname(path) || 'a file without extension'}`);
  const bytes = 'text' in file ? Buffer.from(file.text, 'utf8') : Buffer.from(file.bytes);
  return `data:${mime};base64,${bytes.toString('base64')}`;
}

/** Builds the self-contained page; returns it with the paths it inlined (to drop from the output). */
export function buildSingleFileHtml({ html, readFile, dataId, data }: SingleFileInput): {
  html: string;
  inlined: string[];
} {
  const inlined: string[] = [];
  const hashes: string[] = [];
  const read = (path: string): PageFile => {
    const file = readFile(path);
    if (!file) throw new Error(`./${path}: referenced by index.html but not built`);
    inlined.push(path);
    return file;
  };
  if (/http-equiv="Content-Security-Policy"/i.test(html))
    throw new Error('index.html already has a CSP; the offline build sets its own');
  if (/rel="modulepreload"/.test(html))
    throw new Error('index.html preloads other chunks; the offline build must be one chunk');

  // The page preloads the data files it fetches; the single file carries them inside instead.
  html = html.replace(/\s*<link\b[^>]*\brel="preload"[^>]*\bhref="\.\/data\/[^"]+"[^>]*>/g, '');

  // Scripts and styles wait behind placeholders (private-use characters), so the checks below read only
  // the page's own tags.
  const blocks: string[] = [];
  const hold = (block: string) => `\uE000${blocks.push(block) - 1}\uE001`;
  let page = html.replace(
    /<script\b([^>]*)\ssrc="\.\/([^"]+)"[^>]*><\/script>/g,
    (_tag, attributes: string, path: string) => {
      if (!/type="module"/.test(attributes)) throw new Error(`./${path}: only module scripts are expected`);
      const code = escapeScript(asText(read(path)));
      hashes.push(hashScript(code));
      return hold(`<script type="module">${code}</script>`);
    },
  );
  page = page.replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\.\/([^"]+)"[^>]*>/g, (_tag, path: string) =>
    hold(`<style>${escapeStyle(asText(read(path)))}</style>`),
  );
  page = page.replace(
    /\b(href|src)="\.\/([^"]+)"/g,
    (_attribute, name: string, path: string) => `${name}="${asDataUrl(path, read(path))}"`,
  );
  const left = page.match(/\b(?:href|src)="(?!data:|#)[^"]*"/g);
  if (left) throw new Error(`index.html still refers to other files: ${left.join(', ')}`);
  page = page.replace(/\uE000(\d+)\uE001/g, (_placeholder, index: string) => blocks[Number(index)]);

  if (hashes.length === 0) throw new Error('index.html has no script to inline');

  const csp = `<meta http-equiv="Content-Security-Policy" content="${buildOfflineCsp(hashes)}" />`;
  // The policy must come before the first script; right after the charset keeps the charset in the first bytes.
  page = /<meta charset[^>]*>/i.test(page)
    ? page.replace(/<meta charset[^>]*>/i, (meta) => `${meta}\n    ${csp}`)
    : page.replace('<head>', () => `<head>\n    ${csp}`);
  const dataElement = `<script type="application/json" id="${dataId}">${embedJson(data)}</script>`;
  if (!page.includes('</body>')) throw new Error('index.html has no </body>');
  // A replacer function, because a replacement string would read `$&` or `$'` in the data as patterns.
  page = page.replace('</body>', () => `  ${dataElement}\n  </body>`);
  return { html: page, inlined };
}
