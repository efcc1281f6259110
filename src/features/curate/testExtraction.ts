/** A small report and what an extractor proposes for it, for the workbench's tests. */
import type { Extraction, Proposal } from './extraction';

export const TEST_TEXT = [
  '试验市试验区人民政府2021年法治政府建设年度报告',
  '',
  '一、行政复议。全年共收到行政复议申请35件，依法受理31件。',
  '二、人民调解。全区调解纠纷1200件，调解成功率97.5%，涉及金额约860万元。',
  '三、行政执法。组织行政执法人员培训，共450人次参训；全年行政诉讼败诉案件2件。',
].join('\n');

/** A proposal whose offsets are where `quote` stands in TEST_TEXT. */
function propose(indicatorId: string, domain: Proposal['domain'], value: number, quote: string, qualifier: Proposal['qualifier'] = 'exact'): Proposal {
  const start = TEST_TEXT.indexOf(quote);
  if (start === -1) throw new Error(`not in the test text: ${quote}`);
  const paragraph = TEST_TEXT.slice(0, start).split('\n').slice(0, -1).filter((line) => line.trim() !== '').length;
  return { id: `${start}-${start + quote.length}-${indicatorId}`, indicatorId, domain, value, qualifier, unit: '', quote, start, end: start + quote.length, paragraph, confidence: 0.9 };
}

/** Proposals in the order of the text, one of them wrong (the litigation figure read as mediation). */
export const TEST_EXTRACTION: Extraction = {
  text: TEST_TEXT,
  report: { district: '试验区', city: '试验市', province: '试验省', year: 2021, title: '试验市试验区人民政府2021年法治政府建设年度报告', script: 'hans', adminCode: '999902' },
  proposals: [
    propose('reconsideration_received', 'reconsideration', 35, '收到行政复议申请35件'),
    propose('reconsideration_accepted', 'reconsideration', 31, '依法受理31件'),
    propose('mediation_cases', 'mediation', 1200, '调解纠纷1200件'),
    propose('mediation_success_rate', 'mediation', 97.5, '调解成功率97.5%'),
    propose('enforcement_training_attendees', 'enforcement_training', 450, '共450人次参训'),
    propose('mediation_cases', 'mediation', 2, '行政诉讼败诉案件2件'),
  ],
};
