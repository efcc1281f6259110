/** Which of the four families a passage speaks of, by the words of the domain. */
import type { Domain } from './types';

// The vocabulary of each family, in Simplified characters (the extractor matches a simplified copy).
const FAMILY_WORDS: [Exclude<Domain, 'other'>, RegExp][] = [
  ['reconsideration', /复议/u],
  ['litigation', /应诉|行政诉讼|出庭|败诉|被告/u],
  ['mediation', /调解|调处|纠纷|调委会|信访|仲裁|劳动人事争议|投诉举报/u],
  ['enforcement_training', /执法(人员|证|资格|培训|监督|案卷|队伍|记录|部门|主体|事项|单位)|持证|案卷评查/u],
];

/** The family whose words occur last before `at` in `context`, or 'other'. */
export function classifyFamily(context: string, at = context.length): Domain {
  let best: Domain = 'other';
  let bestAt = -1;
  const before = context.slice(0, at);
  for (const [domain, pattern] of FAMILY_WORDS) {
    const global = new RegExp(pattern.source, 'gu');
    for (const match of before.matchAll(global)) {
      if (match.index > bestAt) {
        bestAt = match.index;
        best = domain;
      }
    }
  }
  return best;
}
