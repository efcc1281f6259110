import { describe, expect, it } from 'vitest';
import { classifyFamily } from './classifyFamily';

/** The family of the first number written in the paragraph. */
function familyOf(paragraph: string): string {
  const at = paragraph.search(/[0-9]/u);
  let end = at;
  while (/[0-9.]/u.test(paragraph[end] ?? '')) end++;
  return classifyFamily(paragraph, at, end);
}

describe('classifyFamily', () => {
  it.each([
    ['reconsideration', '全年办理行政复议案件26件'],
    ['reconsideration', '审结26件行政复议案件'],
    ['litigation', '本级政府作为被告的行政应诉案件11件'],
    ['litigation', '行政机关负责人出庭应诉率100%'],
    ['mediation', '各级人民调解组织调解纠纷860件'],
    ['mediation', '受理劳动人事争议仲裁案件57件'],
    ['enforcement_training', '组织新录用执法人员参加培训4期'],
    ['enforcement_training', '全区持证执法人员共512人'],
    ['other', '开展普法宣传活动35场'],
    ['other', '组织领导干部任前法律知识考试2次'],
    ['other', '提供法律援助案件120件'],
    ['other', '行政执法机关考核指标12项'],
  ])('gives %s to: %s', (family, paragraph) => {
    expect(familyOf(paragraph)).toBe(family);
  });

  it('carries the family of an earlier sentence of the same point', () => {
    expect(familyOf('全年收到行政复议申请。已全部依法审查，其中维持9件')).toBe('reconsideration');
  });

  it('does not carry a family past the start of a new point', () => {
    expect(familyOf('一是规范行政复议工作流程。二是优化服务窗口，新增自助终端12台')).toBe('other');
  });

  it('takes the topic nearest before the figure when a sentence names several', () => {
    expect(familyOf('在做好复议工作的同时，开展普法宣传活动35场')).toBe('other');
  });
});
