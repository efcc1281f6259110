import { describe, expect, it } from 'vitest';
import { extractReport } from './extractReport';

const figures = (text: string) => extractReport(text, []).proposals.map((p) => [p.domain, p.value, p.qualifier, p.unit, p.quote]);

describe('extractReport', () => {
  it.each([
    ['全年共收到行政复议申请35件，同比下降12.5%。', [['reconsideration', 35, 'exact', '件', '全年共收到行政复议申请35件'], ['reconsideration', 12.5, 'exact', '%', '同比下降12.5%']]],
    ['各级调委会共调解矛盾纠纷1200余件，涉及金额约350.5万元。', [['mediation', 1200, 'at_least', '件', '各级调委会共调解矛盾纠纷1200余件'], ['mediation', 350.5, 'approx', '万元', '涉及金额约350.5万元']]],
    ['組織行政執法人員培訓兩期，參訓300人次。', [['enforcement_training', 2, 'exact', '期', '組織行政執法人員培訓兩期'], ['enforcement_training', 300, 'exact', '人次', '參訓300人次']]],
  ])('proposes the figures of %s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('gives each quote the offsets and paragraph where it sits in the original text', () => {
    const text = '标题\n\n全区共办理行政应诉案件18件。';
    const [proposal] = extractReport(text, []).proposals;
    expect(text.slice(proposal.start, proposal.end)).toBe(proposal.quote);
    expect(proposal.paragraph).toBe(1);
  });
});
