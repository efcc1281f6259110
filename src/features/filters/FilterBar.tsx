/** The filters every comparison screen shares: year, province, districts and per-capita. */
import { useApp } from '../AppContext';
import type { Dataset } from '../../data/dataset';
import { OwnBadge } from '../../components/OwnBadge';
import { DistrictFinder } from './DistrictFinder';
import { districtName, provinceName } from '../../model/locale';
import { indexDataset } from '../../model/datasetIndex';
import { districtsWithoutYear } from '../../model/selectReports';
import { useMemo } from 'react';
import type { YearFilter } from '../../url/viewState';
import { DistrictLink } from '../profile/DistrictLink';

/** Up to this many districts without a report of the chosen year are named; the rest are counted. */
const NAMED_WITHOUT_YEAR = 6;

/** Up to this many districts, each is a chip to tick; more are found by name (DistrictFinder). */
const DISTRICT_CHIPS_LIMIT = 24;

const curated = new WeakMap<Dataset, Set<string>>();

/** The admin codes of the districts the published data covers, once per dataset (17,000 reports nationally). */
function curatedDistricts(dataset: Dataset): Set<string> {
  let codes = curated.get(dataset);
  if (!codes) curated.set(dataset, (codes = new Set(dataset.reports.filter((report) => report.origin !== 'user').map((report) => report.adminCode))));
  return codes;
}

function parseYear(value: string): YearFilter {
  return value === 'all' ? 'all' : value === 'latest' ? 'latest' : Number(value);
}

/** `showPatterns`: whether the screen draws charts, which patterns would tell apart (a table has none). */
export function FilterBar({ showPerCapita = true, showPatterns = true }: { showPerCapita?: boolean; showPatterns?: boolean }) {
  const { dataset, view, lang, t, navigate } = useApp();
  // Years, provinces and districts come from the dataset's index: a national dataset has 17,000 reports.
  const index = indexDataset(dataset);
  const years = index.years;
  const provinces = index.provinces;
  const districts = index.districtsByProvince.get(view.province ?? '') ?? [];
  // Districts of the filter without a report of the chosen year: said so, rather than "not reported" on every chart.
  const withoutYear = useMemo(
    () => districtsWithoutYear(dataset, { year: view.year, province: view.province, districts: view.districts }),
    [dataset, view.year, view.province, view.districts],
  );
  // A district only the analyst's files know is marked as theirs.
  const curatedCodes = curatedDistricts(dataset);
  const toggleDistrict = (code: string) => {
    // An empty selection means every district, so unticking one starts from all of them.
    const all = districts.map((report) => report.adminCode);
    const current = view.districts.length === 0 ? all : view.districts;
    const selected = current.includes(code) ? current.filter((c) => c !== code) : [...current, code];
    navigate({ districts: selected.length === all.length ? [] : selected, source: null });
  };
  return (
    <form className="filter-bar" aria-label={t.filters.label} onSubmit={(event) => event.preventDefault()}>
      <label>
        {t.filters.year}
        <select value={String(view.year)} onChange={(event) => navigate({ year: parseYear(event.target.value), source: null })}>
          <option value="latest">{t.filters.latest}</option>
          <option value="all">{t.filters.all}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {t.filters.yearOption(year)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.filters.province}
        <select value={view.province ?? ''} onChange={(event) => navigate({ province: event.target.value || null, districts: [], source: null })}>
          <option value="">{t.filters.allProvinces}</option>
          {provinces.map((province) => (
            <option key={province} value={province}>
              {provinceName(province, lang)}
            </option>
          ))}
        </select>
      </label>
      {districts.length > DISTRICT_CHIPS_LIMIT ? (
        // Thousands of districts cannot be ticked one by one: they are found by name instead.
        <DistrictFinder districts={districts} />
      ) : (
        <fieldset className="district-picker">
          <legend>{t.filters.districts}</legend>
          {districts.map((report) => (
            <label key={report.adminCode} className="chip">
              <input type="checkbox" checked={view.districts.length === 0 || view.districts.includes(report.adminCode)} onChange={() => toggleDistrict(report.adminCode)} />
              {districtName(report, lang)}
              {!curatedCodes.has(report.adminCode) && <OwnBadge label={t.upload.ownBadge} />}
              <DistrictLink report={report} className="chip-profile">
                <span aria-hidden="true">↗</span>
                <span className="visually-hidden">{t.profile.linkLabel(districtName(report, lang))}</span>
              </DistrictLink>
            </label>
          ))}
        </fieldset>
      )}
      {/* The two ways of drawing the same figures stay side by side when the bar wraps. */}
      {(showPerCapita || showPatterns) && (
        <div className="filter-toggles">
          {showPerCapita && (
            <label className="chip">
              <input type="checkbox" checked={view.perCapita} onChange={(event) => navigate({ perCapita: event.target.checked })} />
              {t.filters.perCapita}
            </label>
          )}
          {showPatterns && (
            <label className="chip">
              <input type="checkbox" checked={view.patterns} onChange={(event) => navigate({ patterns: event.target.checked })} />
              {t.filters.patterns}
            </label>
          )}
        </div>
      )}
      {view.year === 'latest' && <p className="filter-note">{t.filters.latestNote}</p>}
      {withoutYear.length > 0 && typeof view.year === 'number' && (
        <p className="filter-note year-gaps" role="status">
          {t.filters.noReportInYear(
            withoutYear.slice(0, NAMED_WITHOUT_YEAR).map((report) => ({ district: districtName(report, lang), latest: report.year })),
            withoutYear.length,
            view.year,
          )}{' '}
          <button type="button" className="link-button" onClick={() => navigate({ year: 'latest', source: null })}>
            {t.filters.showLatest}
          </button>
        </p>
      )}
    </form>
  );
}
