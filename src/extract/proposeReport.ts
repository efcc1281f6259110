/** The report's row as its text suggests it: title, year, place, script. */
import type { ReportProposal } from './types';

// A title names the rule-of-law government report; its place and year sit in front of that phrase.
const TITLE = /^.{0,40}法治政府建设.{0,20}(报告|情况)/u;
const PLACE = /(?:(\p{Script=Han}{2,6}?(?:省|自治区))?)(\p{Script=Han}{2,12}?(?:市|州|盟))?(\p{Script=Han}{1,6}?(?:区|县|旗|市))(?:人民政府)?/u;

/** The proposed row: the title line(s), the year in it, the district and city it names, the script. */
export function proposeReport(text: string, simplified: string): ReportProposal {
  const firstLines = (of: string) => of.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '').slice(0, 6);
  // Lines are found in the simplified copy and the title is taken, as written, from the original.
  const lines = firstLines(simplified);
  const originalLines = firstLines(text);
  let simplifiedTitle = '';
  let title = '';
  for (let i = 0; i < lines.length && title === ''; i++) {
    const joined = lines[i] + (lines[i + 1] ?? '');
    const match = TITLE.exec(lines[i]) ?? (lines[i].length < 40 ? TITLE.exec(joined) : null);
    if (!match) continue;
    simplifiedTitle = match[0];
    title = (originalLines[i] + (originalLines[i + 1] ?? '')).slice(0, match[0].length);
  }
  const year = /((?:19|20)\d\d)\s*年/u.exec(simplifiedTitle || simplified.slice(0, 2000));
  const place = PLACE.exec(simplifiedTitle) ?? undefined;
  return {
    district: place?.[3] ?? '',
    city: place?.[2] ?? '',
    province: place?.[1] ?? '',
    year: year ? Number(year[1]) : null,
    title,
    script: simplified === text ? 'hans' : 'hant',
    adminCode: '',
  };
}
