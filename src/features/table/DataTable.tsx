/** Every value with its district, year, indicator, unit, hedge and quote: sortable and filterable. */
import { useState } from 'react';
import { useApp } from '../AppContext';
import { DOMAINS, type Domain } from '../../data/schema';
import { formatQualified, formatWithUnit } from '../../model/formatValue';
import { indicatorName, noteOf, unitLabel } from '../../model/locale';
import { selectReports } from '../../model/selectReports';
import { selectRows, type SortColumn } from '../../model/selectRows';
import { ViewCsvButton } from '../export/ViewCsvButton';
import { FilterBar } from '../filters/FilterBar';
import { OwnBadge } from '../../components/OwnBadge';
import { DistrictLink } from '../profile/DistrictLink';

const SORTABLE: SortColumn[] = ['district', 'year', 'indicator', 'value'];
/** The most rows drawn at once; a national selection has 100,000 (all of them go into the CSV). */
const ROWS_SHOWN = 500;

export function DataTable() {
  const { dataset, view, lang, t, navigate, openSource } = useApp();
  const [domain, setDomain] = useState<Domain | null>(null);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ column: SortColumn; descending: boolean }>({ column: 'district', descending: false });
  const reports = selectReports(dataset, view);
  const indicator = view.indicator && dataset.indicatorById.has(view.indicator) ? view.indicator : null;
  const rows = selectRows(dataset, reports, { domain, indicator, text, sort: sort.column, descending: sort.descending });
  const toggleSort = (column: SortColumn) => setSort((current) => ({ column, descending: current.column === column ? !current.descending : column === 'value' }));
  return (
    <section className="screen" aria-labelledby="table-title">
      <h2 id="table-title">{t.table.title}</h2>
      <FilterBar showPerCapita={false} showPatterns={false} />
      <div className="table-controls">
        <label>
          {t.table.domain}
          <select value={domain ?? ''} onChange={(event) => setDomain((event.target.value || null) as Domain | null)}>
            <option value="">{t.table.allDomains}</option>
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {t.domains[d]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.table.search}
          <input type="search" value={text} placeholder={t.table.searchPlaceholder} onChange={(event) => setText(event.target.value)} />
        </label>
        {indicator && (
          <button type="button" className="chip" onClick={() => navigate({ indicator: null })}>
            {t.table.indicatorChip(indicatorName(dataset.indicatorById.get(indicator)!, lang))}
          </button>
        )}
        <span className="row-count" role="status">
          {t.table.rowCount(rows.length)}
        </span>
        <ViewCsvButton count={rows.length} rows={() => rows} what={t.export.tableFile} />
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {SORTABLE.map((column) => (
                <th key={column} scope="col" aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="sort-button" onClick={() => toggleSort(column)}>
                    {t.table.columns[column]}
                    <span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">{t.table.columns.unit}</th>
              <th scope="col">{t.table.columns.qualifier}</th>
              <th scope="col">{t.table.columns.quote}</th>
              <th scope="col">{t.table.columns.note}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, ROWS_SHOWN).map(({ observation, report, indicator: ind }) => (
              <tr key={observation.key}>
                <td>
                  <DistrictLink report={report} />
                  {observation.origin === 'user' && <OwnBadge label={t.upload.ownBadge} title={t.upload.ownSource(observation.file ?? '', observation.line)} />}
                </td>
                <td>{report.year}</td>
                <td>
                  <span className="domain-tag">{t.domains[ind.domain]}</span>
                  {indicatorName(ind, lang)}
                </td>
                <td className="num">
                  <button type="button" className="value-button" onClick={() => openSource(observation.key)}>
                    {ind.unit === '万元' && lang === 'en' ? formatWithUnit(observation.value, observation.qualifier, ind.unit, 2, lang) : formatQualified(observation.value, observation.qualifier, 2, lang)}
                  </button>
                </td>
                <td>{ind.unit === '万元' && lang === 'en' ? '' : unitLabel(ind.unit, lang)}</td>
                <td>{t.qualifiers[observation.qualifier]}</td>
                <td className="quote" lang={report.script === 'hant' ? 'zh-Hant' : 'zh-Hans'}>
                  {observation.quote}
                </td>
                <td className="note">{noteOf(observation, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > ROWS_SHOWN && <p className="list-more">{t.scale.moreRows(ROWS_SHOWN, rows.length)}</p>}
    </section>
  );
}
