/**
 * Reading a scraped report: which paragraphs are the report and which are web-page chrome, page numbers
 * or Word artefacts. The stored text is never changed; this only tells the viewer what to render quietly.
 */

export type ParagraphRole = 'body' | 'heading' | 'chrome' | 'page-number';

const CHROME = [/^关怀版/, /^您当前所在位置/, /^访问量[:：]?\s*$/, /^(相關詞條|熱門詞條|聯絡我們|相关词条|热门词条|联系我们)\s*$/, /是由.{1,12}發布的報告。$/];
const PAGE_NUMBER = /^\s*[—–-]\s*\d{1,3}\s*[—–-]\s*$/;
const HEADING = /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

/** Classifies one paragraph of a source report. */
export function classifyParagraph(text: string): ParagraphRole {
  const trimmed = text.trim();
  if (PAGE_NUMBER.test(trimmed)) return 'page-number';
  if (CHROME.some((pattern) => pattern.test(trimmed))) return 'chrome';
  if (trimmed.length <= 60 && (HEADING.test(trimmed) || !/[。；;]$/.test(trimmed))) return 'heading';
  return 'body';
}

/** A run of a paragraph's text: plain text, or an artefact to render quietly (`[image: …]`, `[bookmark: …]`). */
export interface TextRun {
  text: string;
  artefact?: 'image' | 'bookmark';
}

const ARTEFACT = /\[(image|bookmark): [^\]]*\]/g;

/** Splits text into plain runs and artefact runs; joining the runs gives back the text unchanged. */
export function splitArtefacts(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(ARTEFACT)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[0], artefact: match[1] as 'image' | 'bookmark' });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
