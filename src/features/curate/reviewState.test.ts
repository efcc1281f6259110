import { describe, expect, it } from 'vitest';
import { orderForReview, reviewReducer, selectProgress, startReview, type Figure, type ReviewAction, type ReviewState } from './reviewState';
import { TEST_EXTRACTION, TEST_TEXT } from './testExtraction';

const run = (state: ReviewState, ...actions: ReviewAction[]) => actions.reduce(reviewReducer, state);
const quotes = (state: ReviewState) => orderForReview(state.items).map((item) => item.quote);
const currentQuote = (state: ReviewState) => state.items.find((item) => item.id === state.currentId)?.quote;

function figureAt(quote: string, patch: Partial<Figure> = {}): Figure {
  const start = TEST_TEXT.indexOf(quote);
  return { indicatorId: 'mediation_amount', domain: 'mediation', value: 860, qualifier: 'approx', quote, start, end: start + quote.length, ...patch };
}

describe('reviewState', () => {
  it('lists the proposals grouped by family, each family in the order of the text, and starts on the first', () => {
    const state = startReview(TEST_EXTRACTION);
    expect(quotes(state)).toEqual(['收到行政复议申请35件', '依法受理31件', '调解纠纷1200件', '调解成功率97.5%', '行政诉讼败诉案件2件', '共450人次参训']);
    expect(currentQuote(state)).toBe('收到行政复议申请35件');
    expect(state.report).toMatchObject({ district: '试验区', year: '2021', adminCode: '999902', titleSource: 'report' });
  });

  it('moves to the next and previous item and stays at either end', () => {
    const state = startReview(TEST_EXTRACTION);
    expect(currentQuote(run(state, { type: 'previous' }))).toBe('收到行政复议申请35件');
    expect(currentQuote(run(state, { type: 'next' }, { type: 'next' }))).toBe('调解纠纷1200件');
    expect(currentQuote(run(state, ...Array<ReviewAction>(9).fill({ type: 'next' })))).toBe('共450人次参训');
  });

  it('accepts and rejects the current item and moves on to the next undecided one', () => {
    const state = run(startReview(TEST_EXTRACTION), { type: 'accept' }, { type: 'reject' });
    expect(state.items.map((item) => item.status).slice(0, 2)).toEqual(['accepted', 'rejected']);
    expect(currentQuote(state)).toBe('调解纠纷1200件');
    // Back on a decided item, a decision moves to the next undecided one, skipping decided ones.
    const again = run(state, { type: 'select', id: state.items[0].id }, { type: 'reject' });
    expect(again.items[0].status).toBe('rejected');
    expect(currentQuote(again)).toBe('调解纠纷1200件');
  });

  it('marks an edit that changes the proposal as edited and accepted; the item moves to its new family', () => {
    const start = startReview(TEST_EXTRACTION);
    const wrong = start.items.find((item) => item.quote === '行政诉讼败诉案件2件')!;
    const state = run(start, { type: 'edit', id: wrong.id, figure: { ...wrong, indicatorId: 'litigation_lost', domain: 'litigation' } });
    const item = state.items.find((other) => other.id === wrong.id)!;
    expect(item).toMatchObject({ status: 'accepted', edited: true, indicatorId: 'litigation_lost' });
    expect(item.proposed?.indicatorId).toBe('mediation_cases');
    expect(quotes(state)[2]).toBe('行政诉讼败诉案件2件');
    // Saving the proposal unchanged through the editor is an acceptance, not an edit.
    const first = start.items[0];
    expect(run(start, { type: 'edit', id: first.id, figure: first }).items[0]).toMatchObject({ status: 'accepted', edited: false });
  });

  it('adds a figure by hand as accepted, in the order of the text, and only once', () => {
    const figure = figureAt('涉及金额约860万元');
    const state = run(startReview(TEST_EXTRACTION), { type: 'add', figure }, { type: 'add', figure });
    const added = state.items.filter((item) => !item.proposed);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ status: 'accepted', value: 860, qualifier: 'approx' });
    expect(state.items.map((item) => item.quote).indexOf('涉及金额约860万元')).toBe(4);
  });

  it('undoes decisions, edits and additions one step at a time, back on the item undone', () => {
    const start = startReview(TEST_EXTRACTION);
    const figure = figureAt('涉及金额约860万元');
    const done = run(start, { type: 'accept' }, { type: 'edit', id: start.items[1].id, figure: { ...start.items[1], value: 3 } }, { type: 'add', figure });
    const undoAdd = run(done, { type: 'undo' });
    expect(undoAdd.items).toHaveLength(start.items.length);
    const undoEdit = run(undoAdd, { type: 'undo' });
    expect(undoEdit.items[1]).toEqual(start.items[1]);
    expect(undoEdit.currentId).toBe(start.items[1].id);
    const undoAll = run(undoEdit, { type: 'undo' }, { type: 'undo' });
    expect(undoAll.items).toEqual(start.items);
    expect(undoAll.undo).toEqual([]);
  });

  it('counts proposals reviewed, accepted, rejected, edited and added by hand', () => {
    const start = startReview(TEST_EXTRACTION);
    const wrong = start.items.find((item) => item.quote === '行政诉讼败诉案件2件')!;
    const state = run(
      start,
      { type: 'accept' },
      { type: 'reject' },
      { type: 'edit', id: wrong.id, figure: { ...wrong, indicatorId: 'litigation_lost', domain: 'litigation' } },
      { type: 'add', figure: figureAt('涉及金额约860万元') },
    );
    expect(selectProgress(state)).toEqual({ proposals: 6, reviewed: 3, accepted: 3, rejected: 1, edited: 1, added: 1 });
    expect(selectProgress(run(state, { type: 'undo' }, { type: 'undo' }))).toEqual({ proposals: 6, reviewed: 2, accepted: 1, rejected: 1, edited: 0, added: 0 });
  });

  it('changes the report row without touching the figures', () => {
    const start = startReview(TEST_EXTRACTION);
    const state = run(start, { type: 'setReport', change: { districtEn: 'Shiyan District', year: '2022' } });
    expect(state.report).toMatchObject({ districtEn: 'Shiyan District', year: '2022', district: '试验区' });
    expect(state.items).toBe(start.items);
  });
});
