import { describe, expect, it } from 'vitest';
import { countOccurrences } from '../data/paragraphs';
import { extractReport } from './extractReport';
import type { IndicatorLike } from './types';

const indicator = (id: string, domain: IndicatorLike['domain'], nameZh: string, unit = '件', kind: IndicatorLike['kind'] = 'count', parentId = ''): IndicatorLike => ({ id, domain, nameZh, unit, kind, parentId });

// A small dictionary in the style of data/indicators.csv.
const DICTIONARY: IndicatorLike[] = [
  indicator('reconsideration_received', 'reconsideration', '收到行政复议申请'),
  indicator('reconsideration_accepted', 'reconsideration', '受理行政复议案件', '件', 'count', 'reconsideration_received'),
  indicator('reconsideration_rejected', 'reconsideration', '不予受理', '件', 'count', 'reconsideration_received'),
  indicator('reconsideration_concluded', 'reconsideration', '审结行政复议案件'),
  indicator('reconsideration_upheld', 'reconsideration', '复议维持', '件', 'count', 'reconsideration_concluded'),
  indicator('reconsideration_received_yoy_pct', 'reconsideration', '行政复议申请同比变化', '%', 'change'),
  indicator('litigation_cases', 'litigation', '行政应诉案件'),
  indicator('litigation_head_appearance_rate', 'litigation', '负责人出庭应诉率', '%', 'rate'),
  indicator('mediation_cases', 'mediation', '人民调解案件'),
  indicator('mediation_settled', 'mediation', '调解成功', '件', 'count', 'mediation_cases'),
  indicator('mediation_success_rate', 'mediation', '调解成功率', '%', 'rate'),
  indicator('mediation_amount', 'mediation', '调解涉及金额', '万元', 'amount'),
  indicator('petition_total', 'mediation', '信访总量'),
  indicator('labour_arbitration_cases', 'mediation', '劳动人事争议案件'),
  indicator('enforcement_exam_takers', 'enforcement_training', '参加执法资格考试', '人次'),
  indicator('enforcement_exam_passed', 'enforcement_training', '执法资格考试合格', '人'),
  indicator('enforcement_training_sessions', 'enforcement_training', '执法培训场次', '期'),
  indicator('legal_publicity_activities', 'other', '普法宣传活动', '场'),
];

const figures = (text: string) => extractReport(text, DICTIONARY).proposals.map((p) => [p.indicatorId || `(${p.suggestedId})`, p.value, p.qualifier, p.unit, p.quote]);

describe('extractReport', () => {
  it.each([
    ['a total and its breakdown', '全年共收到行政复议申请30件，其中受理26件，不予受理4件。', [
      ['reconsideration_received', 30, 'exact', '件', '全年共收到行政复议申请30件'],
      ['reconsideration_accepted', 26, 'exact', '件', '其中受理26件'],
      ['reconsideration_rejected', 4, 'exact', '件', '不予受理4件'],
    ]],
    ['a change with its sign', '收到行政复议申请30件，同比下降6.3%。', [
      ['reconsideration_received', 30, 'exact', '件', '收到行政复议申请30件'],
      ['reconsideration_received_yoy_pct', -6.3, 'exact', '%', '同比下降6.3%'],
    ]],
    ['a rate with its parts', '全区调解纠纷500余件，调解成功490件，调解成功率98%，涉及金额约860万元。', [
      ['mediation_cases', 500, 'at_least', '件', '全区调解纠纷500余件'],
      ['mediation_settled', 490, 'exact', '件', '调解成功490件'],
      ['mediation_success_rate', 98, 'exact', '%', '调解成功率98%'],
      ['mediation_amount', 860, 'approx', '万元', '涉及金额约860万元'],
    ]],
    ['persons apart from person-times', '组织执法资格考试，参加考试480人次，考试合格402人。', [
      ['enforcement_exam_takers', 480, 'exact', '人次', '参加考试480人次'],
      ['enforcement_exam_passed', 402, 'exact', '人', '考试合格402人'],
    ]],
    ['a part named apart from its total', '审结行政复议案件20件，其中维持15件。', [
      ['reconsideration_concluded', 20, 'exact', '件', '审结行政复议案件20件'],
      ['reconsideration_upheld', 15, 'exact', '件', '其中维持15件'],
    ]],
    ['numerals in Chinese', '举办行政执法人员培训班两期。', [['enforcement_training_sessions', 2, 'exact', '期', '举办行政执法人员培训班两期']]],
    ['petitions kept apart from mediation', '全年受理群众信访事项126件。', [['petition_total', 126, 'exact', '件', '全年受理群众信访事项126件']]],
    ['labour arbitration kept apart from mediation', '劳动人事争议仲裁院受理争议案件57件。', [['labour_arbitration_cases', 57, 'exact', '件', '劳动人事争议仲裁院受理争议案件57件']]],
    ['litigation and its rate', '全市行政应诉案件42件，行政机关负责人出庭应诉率100%。', [
      ['litigation_cases', 42, 'exact', '件', '全市行政应诉案件42件'],
      ['litigation_head_appearance_rate', 100, 'exact', '%', '行政机关负责人出庭应诉率100%'],
    ]],
    ['Traditional script, quoted as written', '全年審結行政複議案件18件。', [['reconsideration_concluded', 18, 'exact', '件', '全年審結行政複議案件18件']]],
  ])('proposes %s', (_name, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each([
    ['figures of other topics', '全年开展普法宣传活动35场，发放资料1200份。'],
    ['dates and document numbers', '2021年1月5日印发《关于推进行政复议体制改革的实施方案》（区府办〔2021〕3号）。'],
    ['a set phrase', '全面落实行政执法三项制度。'],
    ['a cadre law exam', '组织领导干部任前法律知识考试3次，参考人数210人。'],
  ])('proposes nothing for %s', (_name, text) => {
    expect(figures(text)).toEqual([]);
  });

  it('gives each quote the offsets and paragraph where it sits in the original text', () => {
    const text = '标题\n\n全区共办理行政应诉案件18件。';
    const [proposal] = extractReport(text, DICTIONARY).proposals;
    expect(text.slice(proposal.start, proposal.end)).toBe(proposal.quote);
    expect(proposal.paragraph).toBe(1);
    expect(proposal.id).toBe(`${proposal.start}-${proposal.end}-litigation_cases`);
  });

  it('widens a quote written twice in the text until it occurs once', () => {
    const text = '人民调解组织排查纠纷300件，调解成功12件。\n涉疫纠纷专项调解中，调解成功12件。';
    const quotes = extractReport(text, DICTIONARY).proposals.map((p) => p.quote);
    expect(quotes.filter((quote) => quote.includes('调解成功12件'))).toHaveLength(2);
    for (const quote of quotes) expect(countOccurrences(text, quote)).toBe(1);
  });

  it('proposes a figure of a family without an indicator when none of the dictionary fits', () => {
    const [proposal] = extractReport('全区共有行政复议工作人员9名。', []).proposals;
    expect(proposal).toMatchObject({ indicatorId: '', suggestedId: 'reconsideration_persons', domain: 'reconsideration', value: 9 });
  });
});
