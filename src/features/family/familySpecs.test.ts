import { describe, it, expect } from 'vitest';
import { buildDataset } from '../../data/buildDataset';
import { readDatasetTexts } from '../../../scripts/readDatasetTexts';
import { FAMILY_SPECS } from './familySpecs';

const { dataset } = buildDataset(readDatasetTexts('data'));

describe('FAMILY_SPECS', () => {
  it('puts indicators of one unit on each grouped chart’s axis (人 and 人次 are never mixed)', () => {
    for (const family of Object.values(FAMILY_SPECS))
      for (const chart of family.charts) {
        if (chart.type !== 'grouped') continue;
        const units = chart.indicators.map((id) => {
          const indicator = dataset.indicatorById.get(id);
          expect(indicator, id).toBeDefined();
          return indicator!.unit;
        });
        expect(new Set(units).size, `${chart.title.zh}: ${units.join(', ')}`).toBe(1);
      }
  });
});
