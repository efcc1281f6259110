/** The filters every comparison screen shares: year, province, districts and per-capita. */
import { useApp } from '../../app/AppContext';
import { districtName } from '../../model/locale';
import { yearsOf } from '../../model/selectReports';
import type { YearFilter } from '../../url/viewState';

function parseYear(value: string): YearFilter {
  return value === 'all' ? 'all' : value === 'latest' ? 'latest' : Number(value);
}

export function FilterBar({ showPerCapita = true }: { showPerCapita?: boolean }) {
  const { dataset, view, lang, t, navigate } = useApp();
  const years = yearsOf(dataset.reports);
  const provinces = [...new Set(dataset.reports.map((report) => report.province))].sort((a, b) => a.localeCompare(b, 'zh'));
  const districts = [...new Map(dataset.reports.filter((r) => !view.province || r.province === view.province).map((r) => [r.adminCode, r])).values()];
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
              {province}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="district-picker">
        <legend>{t.filters.districts}</legend>
        {districts.map((report) => (
          <label key={report.adminCode} className="chip">
            <input type="checkbox" checked={view.districts.length === 0 || view.districts.includes(report.adminCode)} onChange={() => toggleDistrict(report.adminCode)} />
            {districtName(report, lang)}
          </label>
        ))}
      </fieldset>
      {showPerCapita && (
        <label className="chip">
          <input type="checkbox" checked={view.perCapita} onChange={(event) => navigate({ perCapita: event.target.checked })} />
          {t.filters.perCapita}
        </label>
      )}
      <p className="filter-note">{view.year === 'latest' ? t.filters.latestNote : ''}</p>
    </form>
  );
}
