import { describe, expect, it } from 'vitest';
import { buildDataset } from './buildDataset';
import type { Dataset } from './dataset';
import { hasObservation, lookupObservation, ObservationTable } from './observationTable';
import { packDataset, unpackDataset } from './packDataset';
import { miniTexts } from '../../test/miniFixture';
import { DONG_2022, NAN_2020, makeDataset } from '../../test/fixtures/makeDataset';

/**
 * A dataset as the page gets it from the worker: packed, its buffers transferred as postMessage transfers
 * them (the worker's own copy is then unusable), unpacked; and the same dataset made again to compare.
 */
function throughWorker(make: () => Dataset = makeDataset) {
  const { packed, transfer } = packDataset(make());
  return { original: make(), unpacked: unpackDataset(structuredClone(packed, { transfer })) };
}

describe('packDataset and unpackDataset', () => {
  it('give back every observation as buildDataset made it, in the same order', () => {
    const { original, unpacked } = throughWorker();
    expect(unpacked.observations).toEqual(original.observations);
    expect([...unpacked.observationByKey.keys()]).toEqual([...original.observationByKey.keys()]);
    expect(unpacked.observationByKey.size).toBe(original.observationByKey.size);
  });

  it('keep reports, indicators, population, their lookups and the paragraphs of every report', () => {
    const { original, unpacked } = throughWorker();
    expect(unpacked.reports).toEqual(original.reports);
    expect(unpacked.indicators).toEqual(original.indicators);
    expect([...unpacked.populationByAdminCode]).toEqual([...original.populationByAdminCode]);
    expect(unpacked.reportById.get(NAN_2020)).toEqual(original.reportById.get(NAN_2020));
    expect([...unpacked.paragraphsByReport]).toEqual([...original.paragraphsByReport]);
  });

  it('keep notes, locations and the quotes of a real dataset, the mini fixture', () => {
    const { original, unpacked } = throughWorker(() => buildDataset(miniTexts()).dataset);
    expect(unpacked.observations).toEqual(original.observations);
  });

  it('answer a key lookup with the same object each time, and nothing for an unknown key', () => {
    const { unpacked } = throughWorker();
    const key = `${DONG_2022}/mediation_cases`;
    expect(unpacked.observationByKey.get(key)?.value).toBe(1500);
    expect(unpacked.observationByKey.get(key)).toBe(unpacked.observationByKey.get(key));
    expect(unpacked.observationByKey.get(`${DONG_2022}/no_such_indicator`)).toBeUndefined();
    expect(unpacked.observationByKey.has('no slash at all')).toBe(false);
  });

  it('look a figure up by report and indicator alike on a column table and on a Map', () => {
    const { original, unpacked } = throughWorker();
    expect(unpacked.observationByKey).toBeInstanceOf(ObservationTable);
    for (const dataset of [original, unpacked]) {
      expect(lookupObservation(dataset.observationByKey, NAN_2020, 'mediation_amount')?.note).toBe(original.observationByKey.get(`${NAN_2020}/mediation_amount`)!.note);
      expect(hasObservation(dataset.observationByKey, NAN_2020, 'litigation_cases')).toBe(false);
      expect(lookupObservation(dataset.observationByKey, 'nowhere', 'mediation_amount')).toBeUndefined();
    }
  });
});
