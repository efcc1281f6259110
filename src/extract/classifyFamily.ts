/**
 * Which family a figure belongs to, read from the words of the domain around it: the topic word nearest
 * before it in its sentence (or in its clause after it: 审结86宗行政复议案件), else the topic of the
 * sentences before it in the paragraph, back to the one that opens the point (一是, 二是, （三）).
 * Neighbouring topics (普法, 法律援助, 学法考试, 信息公开 …) are 'other' and stop the search too.
 */
import type { Domain } from './types';

// The vocabulary of each topic, in Simplified characters (the extractor reads a simplified copy).
const TOPICS: [Domain, RegExp][] = [
  ['reconsideration', /复议|纠错率/gu],
  ['litigation', /应诉|行政诉讼|出庭|败诉|被告|一审|行政案件/gu],
  ['mediation', /调解|调处|纠纷|调委|信访|仲裁|劳动人事争议|劳动争议|投诉举报|矛盾/gu],
  ['enforcement_training', /执法|持证|案卷评查|执法证/gu],
  ['other', /普法|宣传|法律援助|公证|检察|政务公开|信息公开|规范性文件|合法性审[查核]|法律顾问|学法|述法|营商|纳税|税收|(?<!执法[^。；]{0,20})考试|社区矫正|安置帮教|法治示范|民主法治|考核指标|[一二三]级指标/gu],
];

const SENTENCE_END = /[。！？；!?;]/u;
const CLAUSE_END = /[，,。！？；!?;：:]/u;
// A sentence that opens a point of the report: a new topic starts there.
const OPENS_POINT = /^\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])/u;

/** The topic word that ends last in text[from..to), and where it ends. */
function lastTopic(text: string, from: number, to: number): { domain: Domain; end: number } | undefined {
  let best: { domain: Domain; end: number } | undefined;
  const span = text.slice(from, to);
  for (const [domain, pattern] of TOPICS) {
    for (const match of span.matchAll(pattern)) {
      const end = from + match.index + match[0].length;
      // On a tie the later topic in the list wins: 'other' over the family words it contains.
      if (!best || end >= best.end) best = { domain, end };
    }
  }
  return best;
}

/** The family of the figure at paragraph[start..end) (a paragraph in Simplified characters). */
export function classifyFamily(paragraph: string, start: number, end: number): Domain {
  let sentenceStart = start;
  while (sentenceStart > 0 && !SENTENCE_END.test(paragraph[sentenceStart - 1])) sentenceStart--;
  let clauseEnd = end;
  while (clauseEnd < paragraph.length && !CLAUSE_END.test(paragraph[clauseEnd])) clauseEnd++;
  const near = lastTopic(paragraph, sentenceStart, start) ?? lastTopic(paragraph, end, clauseEnd);
  if (near) return near.domain;
  // No topic word in its own sentence: the sentences before it, back to the one that opens the point.
  let to = sentenceStart;
  while (to > 0 && !OPENS_POINT.test(paragraph.slice(sentenceStart, start))) {
    let from = to - 1;
    while (from > 0 && !SENTENCE_END.test(paragraph[from - 1])) from--;
    const topic = lastTopic(paragraph, from, to);
    if (topic) return topic.domain;
    if (OPENS_POINT.test(paragraph.slice(from, to))) break;
    to = from;
  }
  return 'other';
}
