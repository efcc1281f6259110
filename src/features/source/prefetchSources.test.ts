import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manyDistricts } from '../../../test/fixtures/manyDistricts';
import { PREFETCH_LIMIT, prefetchSources } from './prefetchSources';
import type { Dataset } from '../../data/dataset';

/** A stand-in for loadReportSource: records each report asked for and settles when told. */
function recordingLoad() {
  const asked: string[] = [];
  const settle: (() => void)[] = [];
  const load = (_dataset: Dataset, reportId: string) => {
    asked.push(reportId);
    return new Promise<void>((resolve) => settle.push(() => resolve()));
  };
  return { asked, settle, load };
}

describe('prefetchSources', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fetches each report behind the keys once, a few at a time, in idle moments', async () => {
    const dataset = manyDistricts(10);
    const { asked, settle, load } = recordingLoad();
    const ids = dataset.reports.map((report) => report.id);
    prefetchSources(dataset, [`${ids[0]}/reconsideration_received`, `${ids[0]}/litigation_cases`, `${ids[1]}/x`, `${ids[2]}/x`, `${ids[3]}/x`], load);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(asked).toEqual([ids[0], ids[1], ids[2]]);
    // The fourth starts once one of the three has arrived.
    settle.shift()!();
    await vi.advanceTimersByTimeAsync(100);
    expect(asked).toEqual([ids[0], ids[1], ids[2], ids[3]]);
    // Asked again later, none is fetched twice.
    prefetchSources(dataset, [`${ids[1]}/x`, `${ids[3]}/x`], load);
    while (settle.length > 0) settle.shift()!();
    await vi.advanceTimersByTimeAsync(100);
    expect(asked).toHaveLength(4);
  });

  it('leaves out reports whose text is loaded and keys of no known report', async () => {
    const dataset = manyDistricts(3);
    const [loaded, other] = dataset.reports;
    dataset.paragraphsByReport.set(loaded.id, []);
    const { asked, load } = recordingLoad();
    prefetchSources(dataset, [`${loaded.id}/x`, 'no-such-report/x', `${other.id}/x`], load);
    await vi.advanceTimersByTimeAsync(100);
    expect(asked).toEqual([other.id]);
  });

  it('fetches at most PREFETCH_LIMIT texts for a dataset', async () => {
    const dataset = manyDistricts(Math.ceil(PREFETCH_LIMIT / 2) + 10);
    const { asked, settle, load } = recordingLoad();
    prefetchSources(dataset, dataset.reports.map((report) => `${report.id}/x`), load);
    for (let round = 0; round < PREFETCH_LIMIT; round++) {
      await vi.advanceTimersByTimeAsync(60);
      while (settle.length > 0) settle.shift()!();
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(dataset.reports.length).toBeGreaterThan(PREFETCH_LIMIT);
    expect(asked).toHaveLength(PREFETCH_LIMIT);
  });
});
