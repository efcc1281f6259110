import { describe, expect, it } from 'vitest';
import { findCandidates } from './findCandidates';

const read = (text: string) => findCandidates(text).map(({ value, unit, qualifier, kind }) => [value, unit, qualifier, kind]);

describe('findCandidates', () => {
  it.each([
    ['numerals in Chinese', '举办执法人员培训班两期，分三批次开展', [[2, '期', 'exact', 'count'], [3, '批次', 'exact', 'count']]],
    ['ten thousands in a count', '全年接待群众1.2万人次', [[12000, '人次', 'exact', 'count']]],
    ['ten thousand yuan kept as the unit', '协议金额2309.5万元', [[2309.5, '万元', 'exact', 'count']]],
    ['persons apart from person-times', '培训320人，参训960人次', [[320, '人', 'exact', 'count'], [960, '人次', 'exact', 'count']]],
    ['about: 约', '化解纠纷约300件', [[300, '件', 'approx', 'count']]],
    ['about: 左右', '受理申请40件左右', [[40, '件', 'approx', 'count']]],
    ['more than: 余', '排查矛盾纠纷1500余件', [[1500, '件', 'at_least', 'count']]],
    ['more than: 多', '调解员200多名', [[200, '名', 'at_least', 'count']]],
    ['more than: 以上', '出庭率95%以上', [[95, '%', 'at_least', 'rate']]],
    ['nearly: 近', '参训人员近千人', [[1000, '人', 'at_most', 'count']]],
    ['less than: 不足', '败诉案件不足5件', [[5, '件', 'at_most', 'count']]],
    ['within: 以内', '平均审结时间30天以内', [[30, '天', 'at_most', 'count']]],
    ['a share whose % sign was lost', '调解成功率为97.35，', [[97.35, '%', 'exact', 'rate']]],
    ['a decrease keeps its sign', '同比下降8.5%', [[-8.5, '%', 'exact', 'change']]],
    ['an increase stays positive', '较上年增长12%', [[12, '%', 'exact', 'change']]],
    ['a breakdown after its total', '共审结42件，其中维持30件、撤销5件', [[42, '件', 'exact', 'count'], [30, '件', 'exact', 'count'], [5, '件', 'exact', 'count']]],
  ])('reads %s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a date', '2021年3月15日召开会议'],
    ['an ordinal', '列入第二批试点名单'],
    ['a set phrase', '全面落实行政执法三项制度'],
    ['a set phrase with 两', '严格执行收支两条线规定'],
    ['an enumerator', '一是加强培训，二是强化监督'],
    ['a document title', '印发《关于做好第三批10项改革任务的通知》'],
    ['a slogan in quotation marks', '打造“百名律师进千村”品牌'],
    ['a year alone', '2022年以来'],
    ['one of many', '被确定为全省20个示范单位之一'],
  ])('proposes nothing for %s', (_name, text) => {
    expect(read(text)).toEqual([]);
  });
});
