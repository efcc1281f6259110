/**
 * The injection files of the bad-input corpus: payloads in every text column are kept as written (data is
 * sacred), reach charts only escaped, and leave the rejected-rows CSV unable to run a formula.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRankingOption } from '../src/charts/buildRankingOption';
import { observationKey } from '../src/data/dataset';
import { buildRejectedCsv } from '../src/features/upload/buildRejectedCsv';
import { MESSAGES } from '../src/i18n/messages';
import { buildComparison } from '../src/model/buildComparison';
import { shapeOf } from './fixtures/chartOption';
import { loadUserFiles } from './fixtures/loadUserFiles';
import { publishedFolder } from './fixtures/published';
import { ROOT_DIR } from './miniFixture';

const CORPUS = join(ROOT_DIR, 'test/fixtures/bad-input');
const REPORT = '2021-test-demo-xss';
const FILES = ['injection-reports.csv', 'injection-observations.csv', `${REPORT}.txt`];
const result = loadUserFiles(
  publishedFolder(join(ROOT_DIR, 'data')),
  FILES.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS, name))) })),
);

describe('injection payloads in an analyst’s files', () => {
  it('keeps every payload verbatim in the rows that pass', () => {
    const report = result.dataset.reportById.get(REPORT)!;
    expect(report.district).toBe("<img src=/payload-district onerror=alert('district')>");
    expect(report.city).toBe("<script>alert('city')</script>");
    expect(report.province).toBe("javascript:alert('province')");
    expect(report.districtEn).toBe('{a|rich}{b|text} <b onmouseover=alert(1)>en</b>');
    expect(report.note).toBe('=HYPERLINK("http://evil.example/","click")');
    const cases = result.dataset.observationByKey.get(observationKey(REPORT, 'mediation_cases'))!;
    expect(cases.quote).toBe("<script>alert('q')</script>调解纠纷88件");
    expect(cases.note).toBe("<img src=/payload-note onerror=alert('note')>");
    expect(cases.noteZh).toBe("{a|rich}<script>alert('note_zh')</script>");
    expect(result.dataset.observations.filter((o) => o.origin === 'user').map((o) => o.indicatorId)).toEqual([
      'mediation_cases',
      'mediation_success_rate',
      'reconsideration_received',
    ]);
  });

  it('reports the payload rows that fail, quoting the payload as text', () => {
    expect(result.issues.filter((issue) => issue.origin === 'user').map((issue) => [issue.line, issue.code, issue.params?.got])).toEqual([
      [5, 'notSnakeCase', '<svg onload=alert(1)>'],
      [6, 'notNumber', '=1+1'],
    ]);
  });

  it('escapes the payloads in chart labels and tooltips, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const comparison = buildComparison(result.dataset, [result.dataset.reportById.get(REPORT)!], 'mediation_cases', false, lang)!;
      const option = shapeOf(buildRankingOption(comparison));
      const label = option.yAxis.data![0];
      expect(label).not.toMatch(/[{}|]/);
      // A long payload is cut on the axis, so it cannot squeeze the bars away.
      expect(option.yAxis.axisLabel).toMatchObject({ width: 260, overflow: 'truncate' });
      const tooltip = option.tooltip.formatter({ name: label, data: option.series[0].data[0] });
      expect(tooltip).not.toMatch(/<(img|script|b )/);
      expect(tooltip).toContain(lang === 'zh' ? '&#60;img src=/payload-district' : '（a｜rich）（b｜text） &#60;b onmouseover=alert(1)&#62;en&#60;/b&#62;');
      // The tooltip says whose figure it is.
      expect(tooltip).toContain(MESSAGES[lang].upload.ownBadge);
    }
  });

  it('neutralises every cell of the rejected rows that a spreadsheet would run as a formula', () => {
    const rejected = result.rejected.find((file) => file.name === 'injection-observations.csv')!;
    const csv = buildRejectedCsv(rejected, result.issues, MESSAGES.en);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toMatch(/,2021-test-demo-xss,<svg onload=alert\(1\)>,5,exact,'@SUM\(A1\),'\+cmd,'-2\+3$/);
    expect(csv).toContain(",'=1+1,exact,<script>alert('v')</script>,'\tTAB,");
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
  });
});
