import { describe, expect, it } from 'vitest';
import { rates, scoreExtraction, type CuratedFigure } from './scoreExtraction';
import type { Proposal } from './types';

const TEXT = '收到行政复议申请20件，其中受理18件。开展普法活动9场。';

function proposal(quote: string, value: number, indicatorId: string, domain: Proposal['domain'] = 'reconsideration'): Proposal {
  const start = TEXT.indexOf(quote);
  return { id: `${start}`, indicatorId, domain, value, qualifier: 'exact', unit: '件', quote, start, end: start + quote.length, paragraph: 0, confidence: 1 };
}

const CURATED: CuratedFigure[] = [
  { indicatorId: 'reconsideration_received', domain: 'reconsideration', value: 20, quote: '收到行政复议申请20件' },
  { indicatorId: 'reconsideration_accepted', domain: 'reconsideration', value: 18, quote: '其中受理18件' },
  { indicatorId: 'legal_publicity_activities', domain: 'other', value: 9, quote: '开展普法活动9场' },
];

describe('scoreExtraction', () => {
  it('counts found figures, right indicators and proposals that are no curated figure', () => {
    const { byFamily } = scoreExtraction(TEXT, [
      proposal('收到行政复议申请20件', 20, 'reconsideration_received'),
      proposal('受理18件', 18, 'reconsideration_received'),
      proposal('开展普法活动9场', 9, '', 'mediation'),
    ], CURATED);
    expect(byFamily.get('reconsideration')).toEqual({ curated: 2, found: 2, proposed: 2, correct: 2, indicatorRight: 1 });
    expect(byFamily.get('mediation')).toEqual({ curated: 0, found: 0, proposed: 1, correct: 0, indicatorRight: 0 });
  });

  it('does not count a proposal whose quote misses the curated number, or whose value differs', () => {
    const { byFamily } = scoreExtraction(TEXT, [proposal('收到行政复议申请', 20, 'reconsideration_received'), proposal('其中受理18件', 17, 'reconsideration_accepted')], CURATED);
    expect(rates(byFamily.get('reconsideration')!)).toMatchObject({ recall: 0, precision: 0 });
  });
});
