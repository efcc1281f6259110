import { describe, expect, it } from 'vitest';
import { matchDistricts } from './DistrictFinder';
import { indexDataset } from '../../model/datasetIndex';
import { DONG_CODE, NAN_CODE, XI_CODE, makeDataset } from '../../../test/fixtures/makeDataset';

describe('matchDistricts', () => {
  const districts = indexDataset(makeDataset()).districtsByProvince.get('')!;
  const codes = (text: string, chosen: string[] = [], limit?: number) => matchDistricts(districts, text, chosen, limit).map((report) => report.adminCode);

  it('finds districts by part of their name, their English name in any case, their admin code or their city', () => {
    expect(codes('东')).toEqual([DONG_CODE]);
    expect(codes('nan dis')).toEqual([NAN_CODE]);
    expect(codes('9901')).toEqual([DONG_CODE, XI_CODE]);
    expect(codes('甲市')).toEqual([DONG_CODE, XI_CODE]);
  });

  it('offers nothing for an empty search, leaves out districts already chosen and stops at the limit', () => {
    expect(codes('  ')).toEqual([]);
    expect(codes('区', [DONG_CODE])).toEqual([XI_CODE, NAN_CODE]);
    expect(codes('区', [], 1)).toEqual([DONG_CODE]);
  });
});
