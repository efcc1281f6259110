/**
 * The 40 indicators of the national benchmark and one report's figures: plausible values that hold
 * together (accepted ≤ received, rates recomputed from their parts), written the way reports write them,
 * hedges and Chinese numerals included. Each figure's quote is the exact phrase of the report that holds it.
 */

/** The indicator ids used, all from the curated dictionary; formulas only name ids of this list. */
export const INDICATOR_IDS = [
  'reconsideration_received', 'reconsideration_accepted', 'reconsideration_rejected', 'reconsideration_concluded',
  'reconsideration_pending', 'reconsideration_upheld', 'reconsideration_dismissed', 'reconsideration_revoked',
  'reconsideration_altered', 'reconsideration_confirmed_illegal', 'reconsideration_ordered_to_perform',
  'reconsideration_revoked_or_altered', 'reconsideration_correction_rate', 'reconsideration_comprehensive_correction_rate',
  'litigation_cases', 'litigation_heard', 'litigation_concluded', 'litigation_head_appearances',
  'litigation_head_appearance_rate', 'litigation_claims_dismissed', 'litigation_lost', 'litigation_loss_rate',
  'mediation_disputes_identified', 'mediation_cases', 'mediation_settled', 'mediation_success_rate', 'mediation_amount',
  'mediation_committees', 'mediation_mediators', 'petition_total', 'mediation_type_marriage_family', 'mediation_type_neighbour',
  'enforcement_staff', 'enforcement_exams_held', 'enforcement_exam_takers', 'enforcement_exam_passed',
  'enforcement_certificates_issued', 'enforcement_case_files_reviewed', 'enforcement_supervisors', 'enforcement_training_sessions',
];

/** How each figure is phrased: the words before the number and the unit after it. No word holds a numeral. */
const PHRASES = {
  reconsideration_received: ['收到行政复议申请', '件'],
  reconsideration_accepted: ['依法受理行政复议案件', '件'],
  reconsideration_rejected: ['决定不予受理', '件'],
  reconsideration_concluded: ['审结行政复议案件', '件'],
  reconsideration_pending: ['尚在审理中的', '件'],
  reconsideration_upheld: ['维持原行政行为', '件'],
  reconsideration_dismissed: ['驳回复议申请', '件'],
  reconsideration_revoked: ['撤销原行政行为', '件'],
  reconsideration_altered: ['变更原行政行为', '件'],
  reconsideration_confirmed_illegal: ['确认原行政行为违法', '件'],
  reconsideration_ordered_to_perform: ['责令被申请人履行职责', '件'],
  reconsideration_revoked_or_altered: ['撤销和变更合计', '件'],
  reconsideration_correction_rate: ['直接纠错率为', '%'],
  reconsideration_comprehensive_correction_rate: ['综合纠错率为', '%'],
  litigation_cases: ['办理行政诉讼案件', '件'],
  litigation_heard: ['法院开庭审理', '件'],
  litigation_concluded: ['已审结行政诉讼案件', '件'],
  litigation_head_appearances: ['行政机关负责人出庭应诉', '件'],
  litigation_head_appearance_rate: ['负责人出庭应诉率达', '%'],
  litigation_claims_dismissed: ['判决驳回原告诉讼请求', '件'],
  litigation_lost: ['行政机关败诉', '件'],
  litigation_loss_rate: ['败诉率为', '%'],
  mediation_disputes_identified: ['排查各类矛盾纠纷', '件'],
  mediation_cases: ['人民调解组织调解纠纷', '件'],
  mediation_settled: ['调解成功', '件'],
  mediation_success_rate: ['调解成功率达', '%'],
  mediation_amount: ['涉及金额', '万元'],
  mediation_committees: ['现有人民调解委员会', '个'],
  mediation_mediators: ['人民调解员', '人'],
  petition_total: ['受理群众信访事项', '件'],
  mediation_type_marriage_family: ['婚姻家庭纠纷', '件'],
  mediation_type_neighbour: ['邻里纠纷', '件'],
  enforcement_staff: ['全区在岗行政执法人员', '人'],
  enforcement_exams_held: ['组织行政执法资格考试', '次'],
  enforcement_exam_takers: ['参加考试', '人次'],
  enforcement_exam_passed: ['考试合格', '人'],
  enforcement_certificates_issued: ['新核发行政执法证件', '人'],
  enforcement_case_files_reviewed: ['评查行政执法案卷', '宗'],
  enforcement_supervisors: ['聘请特邀行政执法监督员', '人'],
  enforcement_training_sessions: ['举办行政执法培训班', '期'],
};

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A figure as a report writes it: value for the CSV, the written number, the hedge. */
function figure(value, written, qualifier = 'exact') {
  return { value: String(value), written, qualifier };
}

/** A count: mostly exact; a few rounded to tens and hedged with 约 (approx) or 余 (at least). */
function count(random, value) {
  const n = Math.max(0, Math.round(value));
  if (n >= 100 && random.chance(0.03)) return figure(Math.round(n / 10) * 10, `约${Math.round(n / 10) * 10}`, 'approx');
  if (n >= 100 && random.chance(0.03)) return figure(Math.floor(n / 10) * 10, `${Math.floor(n / 10) * 10}余`, 'at_least');
  return figure(n, String(n));
}

/** A rate with two decimals, as computed from its parts; undefined when the denominator is zero. */
function rate(part, whole) {
  if (whole <= 0) return undefined;
  const text = ((100 * part) / whole).toFixed(2);
  return figure(text, text);
}

/** All figures one report gives, by indicator id (before gaps are cut). `scale` is population in 10,000s. */
export function reportFigures(random, scale) {
  const f = {};
  const received = Math.round(scale * random.between(0.3, 2.5)) + 3;
  const accepted = Math.round(received * random.between(0.8, 0.97));
  const concluded = Math.round(accepted * random.between(0.85, 1));
  const revoked = Math.round(concluded * random.between(0, 0.08));
  const altered = Math.round(concluded * random.between(0, 0.03));
  const illegal = Math.round(concluded * random.between(0, 0.05));
  const perform = Math.round(concluded * random.between(0, 0.03));
  const dismissed = Math.round(concluded * random.between(0.05, 0.2));
  const upheld = Math.max(0, concluded - revoked - altered - illegal - perform - dismissed - Math.round(concluded * random.between(0, 0.15)));
  Object.assign(f, {
    reconsideration_received: count(random, received),
    reconsideration_accepted: figure(accepted, String(accepted)),
    reconsideration_rejected: figure(received - accepted, String(received - accepted)),
    reconsideration_concluded: figure(concluded, String(concluded)),
    reconsideration_pending: figure(accepted - concluded, String(accepted - concluded)),
    reconsideration_upheld: figure(upheld, String(upheld)),
    reconsideration_dismissed: figure(dismissed, String(dismissed)),
    reconsideration_revoked: figure(revoked, String(revoked)),
    reconsideration_altered: figure(altered, String(altered)),
    reconsideration_confirmed_illegal: figure(illegal, String(illegal)),
    reconsideration_ordered_to_perform: figure(perform, String(perform)),
    reconsideration_revoked_or_altered: figure(revoked + altered, String(revoked + altered)),
    reconsideration_correction_rate: rate(revoked + altered + illegal + perform, concluded),
  });
  const direct = Number(f.reconsideration_correction_rate?.value ?? 0);
  const comprehensive = Math.min(100, direct + random.between(0, 12)).toFixed(2);
  f.reconsideration_comprehensive_correction_rate = figure(comprehensive, comprehensive);

  const cases = Math.round(scale * random.between(0.2, 1.5)) + 2;
  const heard = Math.round(cases * random.between(0.5, 0.95));
  const litigationConcluded = Math.round(cases * random.between(0.7, 1));
  const appearances = Math.round(heard * random.between(0.6, 1));
  const lost = Math.round(litigationConcluded * random.between(0, 0.12));
  const claimsDismissed = Math.round((litigationConcluded - lost) * random.between(0.5, 0.9));
  Object.assign(f, {
    litigation_cases: count(random, cases),
    litigation_heard: figure(heard, String(heard)),
    litigation_concluded: figure(litigationConcluded, String(litigationConcluded)),
    litigation_head_appearances: figure(appearances, String(appearances)),
    litigation_head_appearance_rate: rate(appearances, heard),
    litigation_claims_dismissed: figure(claimsDismissed, String(claimsDismissed)),
    litigation_lost: figure(lost, String(lost)),
    litigation_loss_rate: rate(lost, litigationConcluded),
  });

  const identified = Math.round(scale * random.between(8, 60)) + 20;
  const mediated = Math.round(identified * random.between(0.6, 0.98));
  const settled = Math.round(mediated * random.between(0.9, 0.998));
  const amount = (mediated * random.between(0.5, 6)).toFixed(1);
  Object.assign(f, {
    mediation_disputes_identified: count(random, identified),
    mediation_cases: figure(mediated, String(mediated)),
    mediation_settled: figure(settled, String(settled)),
    mediation_success_rate: rate(settled, mediated),
    mediation_amount: figure(amount, amount),
    mediation_committees: figure(Math.round(scale * random.between(1, 4)) + 5, null),
    mediation_mediators: count(random, scale * random.between(5, 20) + 30),
    petition_total: count(random, scale * random.between(2, 15) + 10),
    mediation_type_marriage_family: figure(Math.round(mediated * random.between(0.1, 0.3)), null),
    mediation_type_neighbour: figure(Math.round(mediated * random.between(0.1, 0.3)), null),
  });

  const staff = Math.round(scale * random.between(5, 15)) + 50;
  const exams = random.int(1, 6);
  const takers = Math.round(staff * random.between(0.05, 0.3)) + 5;
  const passed = Math.round(takers * random.between(0.6, 0.95));
  const sessions = random.int(1, 30);
  Object.assign(f, {
    enforcement_staff: count(random, staff),
    // Small counts are often written in Chinese numerals: 三次.
    enforcement_exams_held: figure(exams, random.chance(0.5) ? NUMERALS[exams] : String(exams)),
    enforcement_exam_takers: figure(takers, String(takers)),
    enforcement_exam_passed: figure(passed, String(passed)),
    enforcement_certificates_issued: figure(Math.round(passed * random.between(0.8, 1)), null),
    enforcement_case_files_reviewed: count(random, scale * random.between(2, 10) + 20),
    enforcement_supervisors: figure(random.int(5, 60), null),
    enforcement_training_sessions: figure(sessions, sessions < 10 && random.chance(0.3) ? NUMERALS[sessions] : String(sessions)),
  });
  for (const id of INDICATOR_IDS) if (f[id] && f[id].written === null) f[id].written = f[id].value;
  return f;
}

/** The quote for a figure: its phrase with the number (and hedge) in place. */
export function quoteOf(indicatorId, { written }) {
  const [before, unit] = PHRASES[indicatorId];
  return `${before}${written}${unit}`;
}
