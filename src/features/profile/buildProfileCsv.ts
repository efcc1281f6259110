/**
 * A profile as CSV rows: one row per figure and year, the latest year's with its ranks and medians, every
 * row with its hedge, note, quote and report, values as the reports give them (in the report's unit).
 */
import type { Dataset } from '../../data/dataset';
import type { Messages, Lang } from '../../i18n/messages';
import type { CsvCell } from '../../model/buildCsv';
import type { DistrictProfile } from '../../model/buildProfile';
import { indicatorName, noteOf } from '../../model/locale';

/** The header and rows of a profile's CSV. */
export function buildProfileCsv(dataset: Dataset, profile: DistrictProfile, familyTitle: (domain: string) => string, lang: Lang, t: Messages): { header: string[]; rows: CsvCell[][] } {
  const rows: CsvCell[][] = [];
  const blank = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '' : value);
  for (const family of profile.families) {
    for (const row of family.rows) {
      for (const point of row.series) {
        const observation = point.observation;
        if (!observation) continue;
        const latest = observation === row.latest;
        const report = dataset.reportById.get(observation.reportId);
        rows.push([
          familyTitle(family.domain),
          row.indicator.id,
          indicatorName(row.indicator, lang),
          point.year,
          observation.value,
          t.qualifiers[observation.qualifier],
          row.indicator.unit,
          latest ? blank(row.per10k) : '',
          latest && row.national && !row.national.only ? row.national.rank : '',
          latest ? blank(row.national?.of) : '',
          latest ? blank(row.national?.median) : '',
          latest && row.province ? row.province.rank : '',
          latest ? blank(row.province?.of) : '',
          noteOf(observation, lang),
          observation.quote,
          report?.title ?? observation.reportId,
        ]);
      }
    }
  }
  return { header: [...t.profile.csvColumns], rows };
}
