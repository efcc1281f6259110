/** What each family screen draws: chart specs over indicator ids of the dictionary. */
import type { Dataset } from '../../data/dataset';
import type { Lang } from '../../i18n/messages';
import type { FamilyDomain } from '../../url/viewState';

/** A text in both interface languages. */
export type Localized = Record<Lang, string>;

export type ChartSpec =
  | { type: 'ranking'; indicator: string }
  | { type: 'rate'; indicator: string }
  | { type: 'grouped'; title: Localized; indicators: string[] }
  | { type: 'composition'; title: Localized; total: string };

export interface FamilySpec {
  title: Localized;
  /** The title in the main navigation, where the English one would not fit on a laptop's one row. */
  navTitle: Localized;
  /** One sentence on what the family counts. */
  summary: Localized;
  /** The indicators the overview leads with: a volume and a rate. */
  headline: [string, string];
  charts: ChartSpec[];
}

export const FAMILY_SPECS: Record<FamilyDomain, FamilySpec> = {
  reconsideration: {
    title: { zh: '行政复议', en: 'Administrative reconsideration' },
    navTitle: { zh: '行政复议', en: 'Reconsideration' },
    summary: {
      zh: '公民、法人申请区县政府复查其部门的行政行为：收到申请、受理、审结，以及维持、撤销、确认违法等结果。',
      en: 'People and companies ask the district government to review an act of one of its agencies: applications received, accepted and concluded, and outcomes such as upheld, revoked or confirmed illegal.',
    },
    headline: ['reconsideration_received', 'reconsideration_correction_rate'],
    charts: [
      {
        type: 'grouped',
        title: { zh: '复议案件流转：收到、受理、不予受理、审结', en: 'Case flow: received, accepted, rejected, concluded' },
        indicators: ['reconsideration_received', 'reconsideration_accepted', 'reconsideration_rejected', 'reconsideration_concluded', 'reconsideration_pending'],
      },
      { type: 'ranking', indicator: 'reconsideration_received' },
      {
        type: 'composition',
        title: { zh: '审结案件的结果构成（各区已报告部分之和为 100%）', en: 'Outcomes of concluded cases (the parts each district reports = 100%)' },
        total: 'reconsideration_concluded',
      },
      { type: 'rate', indicator: 'reconsideration_correction_rate' },
      { type: 'rate', indicator: 'reconsideration_comprehensive_correction_rate' },
    ],
  },
  litigation: {
    title: { zh: '行政应诉', en: 'Administrative litigation' },
    navTitle: { zh: '行政应诉', en: 'Litigation' },
    summary: {
      zh: '政府及其部门作为被告的行政诉讼：应诉、开庭、审结案件，负责人出庭应诉，以及胜诉败诉。',
      en: 'Lawsuits against the government and its agencies: cases defended, heard and concluded, agency heads appearing in court, and outcomes.',
    },
    headline: ['litigation_cases', 'litigation_head_appearance_rate'],
    charts: [
      { type: 'ranking', indicator: 'litigation_cases' },
      {
        type: 'grouped',
        title: { zh: '应诉、开庭、审结与负责人出庭', en: 'Cases defended, heard, concluded, and heads appearing in court' },
        indicators: ['litigation_cases', 'litigation_heard', 'litigation_concluded', 'litigation_head_appearances'],
      },
      { type: 'rate', indicator: 'litigation_head_appearance_rate' },
      {
        type: 'composition',
        title: { zh: '审结案件的结果构成（各区已报告部分之和为 100%）', en: 'Outcomes of concluded lawsuits (the parts each district reports = 100%)' },
        total: 'litigation_concluded',
      },
    ],
  },
  mediation: {
    title: { zh: '人民调解', en: "People's mediation" },
    navTitle: { zh: '人民调解', en: 'Mediation' },
    summary: {
      zh: '人民调解委员会排查、调处矛盾纠纷；劳动仲裁、信访等相邻渠道单列，不计入人民调解。',
      en: "People's mediation committees identify and settle civil disputes; labour arbitration, petitions and other channels are shown separately, never added in.",
    },
    headline: ['mediation_cases', 'mediation_success_rate'],
    charts: [
      { type: 'ranking', indicator: 'mediation_cases' },
      { type: 'ranking', indicator: 'mediation_disputes_identified' },
      { type: 'rate', indicator: 'mediation_success_rate' },
      { type: 'ranking', indicator: 'mediation_amount' },
      { type: 'ranking', indicator: 'mediation_committees' },
      { type: 'ranking', indicator: 'mediation_mediators' },
      {
        type: 'composition',
        title: { zh: '调解纠纷的类型构成（各区已报告部分之和为 100%）', en: 'Mediated disputes by type (the parts each district reports = 100%)' },
        total: 'mediation_cases',
      },
      { type: 'ranking', indicator: 'petition_total' },
      { type: 'ranking', indicator: 'labour_arbitration_cases' },
    ],
  },
  enforcement_training: {
    title: { zh: '行政执法人员', en: 'Enforcement staff' },
    navTitle: { zh: '行政执法人员', en: 'Enforcement staff' },
    summary: {
      zh: '行政执法人员持证上岗：资格考试、执法证申领与换发、在岗人数、培训，以及执法案卷评查。',
      en: 'Enforcement staff need a certificate: qualification exams, certificates applied for and issued, staff numbers, training, and case-file reviews.',
    },
    headline: ['enforcement_staff', 'enforcement_exam_takers'],
    charts: [
      { type: 'ranking', indicator: 'enforcement_staff' },
      // One unit per axis: exams held (次) and exam takers (人次) rank on their own; the flow counts persons (人).
      {
        type: 'grouped',
        title: { zh: '执法资格考试与执法证（人）', en: 'Qualification exams and certificates (persons)' },
        indicators: [
          'enforcement_exam_takers_persons',
          'enforcement_exam_passed',
          'enforcement_certificates_applied',
          'enforcement_certificates_issued',
          'enforcement_certificates_issued_or_renewed',
        ],
      },
      { type: 'ranking', indicator: 'enforcement_exams_held' },
      { type: 'ranking', indicator: 'enforcement_exam_takers' },
      { type: 'ranking', indicator: 'enforcement_case_files_reviewed' },
      {
        type: 'composition',
        title: { zh: '评查案卷的类型构成（各区已报告部分之和为 100%）', en: 'Case files reviewed by type (the parts each district reports = 100%)' },
        total: 'enforcement_case_files_reviewed',
      },
      { type: 'ranking', indicator: 'enforcement_supervisors' },
      { type: 'ranking', indicator: 'enforcement_training_sessions' },
    ],
  },
};

const madeHeadlineSpecs = new Map<string, ChartSpec>();

/**
 * The overview's charts of a family's headline indicators, a dot plot for a rate and a ranking otherwise:
 * the same spec objects every time, so each chart's drawing is reused until its data changes.
 */
export function headlineSpecs(dataset: Dataset, domain: FamilyDomain): ChartSpec[] {
  return FAMILY_SPECS[domain].headline.map((indicatorId) => {
    const isRate = dataset.indicatorById.get(indicatorId)?.kind === 'rate';
    const id = `${indicatorId}:${isRate}`;
    if (!madeHeadlineSpecs.has(id)) madeHeadlineSpecs.set(id, { type: isRate ? 'rate' : 'ranking', indicator: indicatorId });
    return madeHeadlineSpecs.get(id)!;
  });
}

/** Every indicator id a family screen draws in a chart (the rest go to the family's table). */
export function chartedIndicators(spec: FamilySpec): string[] {
  return spec.charts.flatMap((chart) => {
    switch (chart.type) {
      case 'ranking':
      case 'rate':
        return [chart.indicator];
      case 'grouped':
        return chart.indicators;
      case 'composition':
        return [chart.total];
    }
  });
}
