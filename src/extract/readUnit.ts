/** The counting word written after a number: what the number counts (件, 人次, 万元, %, …). */

// Longer words first, so 人次 is not read as 人 and 万元 not as 万.
const UNITS = [
  '个工作日', '工作日', '人次', '户次', '场次', '批次', '万元', '亿元', '万人', '小时', '个月',
  '%', '％', '件', '宗', '起', '名', '人', '次', '场', '期', '批', '个', '家', '项', '条', '份', '元',
  '天', '日', '支', '台', '部', '户', '所', '处', '篇', '册', '张', '本',
].sort((a, b) => b.length - a.length);

/** The unit a text shows at `at` (after a number and any hedge such as 余 or 多), or '' when none. */
export function readUnit(text: string, at: number): string {
  let from = at;
  while (from < text.length && /[\s余餘多]/u.test(text[from])) from++;
  for (const unit of UNITS) if (text.startsWith(unit, from)) return unit === '％' ? '%' : unit;
  return '';
}
