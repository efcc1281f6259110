/** The report's row as its text suggests it: title, year, district with its code, script. */
import { findDivision } from './findDivision';
import type { ReportProposal } from './types';

// A title names the rule-of-law government report; its place and year sit in front of that phrase. A
// page's navigation may precede it on its line (首页>…>公告公示2022年度…), and is left out.
const TITLE = /(?:^|[>＞:：|｜\s])([^>＞:：|｜\s]{0,30}法治政府建设[^，。；,]{0,16}(?:报告|情况))$/u;
const MAX_TITLE_LINE = 80;
// The opening of the text read for the district's name when the title does not give it.
const OPENING_LENGTH = 3000;

/**
 * Traditional when a real share of the characters differ from their simplified form: one Traditional
 * character a Simplified report quotes (a name, a converter's quirk) does not make it Traditional.
 */
function scriptOf(text: string, simplified: string): 'hans' | 'hant' {
  let changed = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) han++;
    if (code !== simplified.charCodeAt(i)) changed++;
  }
  return changed > Math.max(2, 0.01 * han) ? 'hant' : 'hans';
}

function firstLines(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, 6);
}

/**
 * The proposed row: the title (on one line or split over two in the first lines, as written), the year in
 * it, the division it names (GB/T 2260), and the script (Traditional when the simplified copy differs).
 */
export function proposeReport(text: string, simplified: string): ReportProposal {
  // Lines are found in the simplified copy and the title is taken, as written, from the original.
  const lines = firstLines(simplified);
  const originalLines = firstLines(text);
  let simplifiedTitle = '';
  let title = '';
  for (let i = 0; i < lines.length && title === ''; i++) {
    const joined = lines[i] + (lines[i + 1] ?? '');
    const two = lines[i].length < 40 && joined.length <= MAX_TITLE_LINE;
    const match = (lines[i].length <= MAX_TITLE_LINE ? TITLE.exec(lines[i]) : null) ?? (two ? TITLE.exec(joined) : null);
    if (!match) continue;
    simplifiedTitle = match[1];
    const at = match.index + match[0].length - match[1].length;
    title = (originalLines[i] + (originalLines[i + 1] ?? '')).slice(at, at + match[1].length);
  }
  const opening = simplified.slice(0, OPENING_LENGTH);
  const year = /((?:19|20)\d\d)\s*年/u.exec(simplifiedTitle || opening);
  const division = findDivision(simplifiedTitle, opening);
  // A title begins with its place or its year: what a page wrote before them (公告公示) is left out.
  const begins = [year?.[1], division?.province, division?.city, division?.district].map((part) => (part ? simplifiedTitle.indexOf(part) : -1)).filter((at) => at >= 0);
  if (begins.length > 0) title = title.slice(Math.min(...begins));
  // A text without a title line gets one composed as reports title themselves.
  if (title === '' && division && year) title = `${division.district}${year[1]}年法治政府建设年度报告`;
  return {
    district: division?.district ?? '',
    city: division?.city ?? '',
    province: division?.province ?? '',
    year: year ? Number(year[1]) : null,
    title,
    script: scriptOf(text, simplified),
    adminCode: division?.code ?? '',
  };
}
