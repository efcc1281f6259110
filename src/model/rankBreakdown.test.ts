import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../test/fixtures/makeDataset';
import { isRemainder, rankBreakdown } from './rankBreakdown';

describe('rankBreakdown', () => {
  const dataset = makeDataset();

  it('puts the parts most reports give first, and one nobody gives last', () => {
    // Family: two reports; neighbour: one; labour: none.
    expect(rankBreakdown(dataset, 'mediation_cases').map((part) => part.id)).toEqual([
      'mediation_family',
      'mediation_neighbour',
      'mediation_labour',
    ]);
  });

  it('gives the same order object for the same dataset, whatever is selected', () => {
    expect(rankBreakdown(dataset, 'mediation_cases')).toBe(rankBreakdown(dataset, 'mediation_cases'));
  });

  it.each([
    ['mediation_type_other', true],
    ['enforcement_case_files_other', true],
    ['mediation_type_labour', false],
  ])('treats %s as a remainder part: %s', (id, expected) => {
    expect(isRemainder(id)).toBe(expected);
  });
});
