import { describe, expect, it } from 'vitest';
import { makeDataset, NAN_2020, XI_2020 } from '../../test/fixtures/makeDataset';
import { lookupValue, ObservationTable, qualifierAt, valueAt } from './observationTable';

describe('reading a figure from its columns, without making its observation', () => {
  const dataset = makeDataset();
  const table = dataset.observationByKey as ObservationTable;

  it('reads every row’s value, qualifier and whether it has a note as its observation has them', () => {
    expect(table).toBeInstanceOf(ObservationTable);
    for (const observation of dataset.observations) {
      const row = table.rowFor(observation.reportId, observation.indicatorId);
      expect(valueAt(table, row)).toBe(observation.value);
      expect(qualifierAt(table, row)).toBe(observation.qualifier);
      expect(table.hasNote(row)).toBe(Boolean(observation.note || observation.noteZh));
    }
    // The fixture has hedged figures and notes in one language and in two.
    expect(dataset.observations.some((o) => o.qualifier !== 'exact')).toBe(true);
    expect(dataset.observations.some((o) => o.note && !o.noteZh)).toBe(true);
  });

  it('looks a value up by report and indicator, undefined (never 0) where the report does not give it', () => {
    expect(lookupValue(table, NAN_2020, 'mediation_cases')).toBe(1200);
    expect(lookupValue(table, XI_2020, 'mediation_cases')).toBeUndefined();
    expect(lookupValue(table, 'no-such-report', 'mediation_cases')).toBeUndefined();
  });

  it('looks it up the same way in a Map of observations', () => {
    const byKey = new Map(dataset.observations.map((observation) => [observation.key, observation]));
    expect(lookupValue(byKey, NAN_2020, 'mediation_cases')).toBe(1200);
    expect(lookupValue(byKey, XI_2020, 'mediation_cases')).toBeUndefined();
  });
});
