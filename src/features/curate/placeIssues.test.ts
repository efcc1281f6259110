import { describe, expect, it } from 'vitest';
import { loadUserFiles } from '../../../test/fixtures/loadUserFiles';
import { publishedFolder } from '../../../test/fixtures/published';
import { buildCurateFiles } from './buildCurateFiles';
import { placeIssues } from './placeIssues';
import { reviewReducer, startReview, type ReviewAction, type ReviewState } from './reviewState';
import { TEST_EXTRACTION } from './testExtraction';

const curated = publishedFolder('data');
const encode = (text: string) => new TextEncoder().encode(text);

/** Builds the review's files, checks them with the curated data as the files screen does, and places the errors. */
function check(state: ReviewState) {
  const files = buildCurateFiles(state, TEST_EXTRACTION.text);
  const uploads = [files.reports, files.observations, files.source].map((file) => ({ name: file.name, bytes: encode(file.text) }));
  return { files, placed: placeIssues(loadUserFiles(curated, uploads).issues, files) };
}

const acceptAll = (state: ReviewState) => state.items.reduce((next) => reviewReducer(next, { type: 'accept' }), state);
const named = (state: ReviewState) => reviewReducer(state, { type: 'setReport', change: { districtEn: 'Shiyan District' } });
const codesOf = (issues: { code?: string }[] | undefined) => (issues ?? []).map((issue) => issue.code);

describe('checking a review', () => {
  it('writes the accepted figures as curated rows that pass every check', () => {
    const start = named(startReview(TEST_EXTRACTION));
    const wrong = start.items.find((item) => item.quote === '行政诉讼败诉案件2件')!;
    const actions: ReviewAction[] = [{ type: 'edit', id: wrong.id, figure: { ...wrong, indicatorId: 'litigation_lost', domain: 'litigation' } }];
    const state = acceptAll(actions.reduce(reviewReducer, start));
    const { files, placed } = check(state);
    expect(files.reportId).toBe('2021-999902-shiyan-district');
    expect(files.observations.text.split('\n')[0]).toBe('report_id,indicator_id,value,qualifier,quote,note,note_zh');
    expect(files.observations.text).toContain('2021-999902-shiyan-district,mediation_success_rate,97.5,exact,调解成功率97.5%,,\n');
    expect(files.items).toHaveLength(6);
    expect(placed).toMatchObject({ clean: true, report: [], other: [] });
  });

  it('says at each row why it fails: a report row without its English name, a value not in its quote, a second figure of one indicator', () => {
    const start = startReview(TEST_EXTRACTION);
    const [first, second] = start.items;
    const state = acceptAll(reviewReducer(start, { type: 'edit', id: second.id, figure: { ...second, value: 13 } }));
    // While the report row fails, its figures are not reported for the report's id, unknown or malformed.
    const unnamed = check(state).placed;
    expect(unnamed.clean).toBe(false);
    expect(codesOf(unnamed.report)).toEqual(['empty']);
    expect(unnamed.byItem.size).toBe(0);
    const uncoded = check(reviewReducer(state, { type: 'setReport', change: { adminCode: '' } })).placed;
    expect(codesOf(uncoded.report)).toEqual(['notReportId', 'notAdminCode', 'empty']);
    expect(uncoded.byItem.size).toBe(0);
    const { placed } = check(named(state));
    expect(placed.report).toEqual([]);
    expect(placed.byItem.get(first.id)).toBeUndefined();
    expect(codesOf(placed.byItem.get(second.id))).toEqual(['valueNotInQuote']);
    // The litigation figure proposed as a second mediation_cases row.
    const duplicate = state.items.find((item) => item.quote === '行政诉讼败诉案件2件')!;
    expect(codesOf(placed.byItem.get(duplicate.id))).toEqual(['duplicateObservation']);
  });
});
