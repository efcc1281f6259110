/** Every value with its district, year, indicator, unit, hedge and quote: sortable and filterable. */
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { DOMAINS, type Domain } from '../../data/schema';
import { formatQualified, QUALIFIER_LABELS } from '../../model/formatValue';
import { selectReports } from '../../model/selectReports';
import { selectRows, type SortColumn } from '../../model/selectRows';
import { FilterBar } from '../filters/FilterBar';

export const DOMAIN_LABELS: Record<Domain, string> = {
  reconsideration: '行政复议',
  litigation: '行政应诉',
  mediation: '人民调解及相关渠道',
  enforcement_training: '行政执法人员',
  other: '其他',
};

const COLUMNS: { id: SortColumn; label: string }[] = [
  { id: 'district', label: '区县' },
  { id: 'year', label: '年份' },
  { id: 'indicator', label: '指标' },
  { id: 'value', label: '数值' },
];

export function DataTable() {
  const { dataset, view, navigate, openSource } = useApp();
  const [domain, setDomain] = useState<Domain | null>(null);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ column: SortColumn; descending: boolean }>({ column: 'district', descending: false });
  const reports = selectReports(dataset, view);
  const indicator = view.indicator && dataset.indicatorById.has(view.indicator) ? view.indicator : null;
  const rows = selectRows(dataset, reports, { domain, indicator, text, sort: sort.column, descending: sort.descending });
  const toggleSort = (column: SortColumn) => setSort((current) => ({ column, descending: current.column === column ? !current.descending : column === 'value' }));
  return (
    <section className="screen" aria-labelledby="table-title">
      <h2 id="table-title">数据表：全部收录的数字</h2>
      <FilterBar showPerCapita={false} />
      <div className="table-controls">
        <label>
          类别
          <select value={domain ?? ''} onChange={(event) => setDomain((event.target.value || null) as Domain | null)}>
            <option value="">全部类别</option>
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {DOMAIN_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label>
          搜索
          <input type="search" value={text} placeholder="指标、原文或说明" onChange={(event) => setText(event.target.value)} />
        </label>
        {indicator && (
          <button type="button" className="chip" onClick={() => navigate({ indicator: null })}>
            指标：{dataset.indicatorById.get(indicator)!.nameZh} ×
          </button>
        )}
        <span className="row-count" role="status">
          共 {rows.length} 条
        </span>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.id} scope="col" aria-sort={sort.column === column.id ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="sort-button" onClick={() => toggleSort(column.id)}>
                    {column.label}
                    <span aria-hidden="true">{sort.column === column.id ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">单位</th>
              <th scope="col">数值性质</th>
              <th scope="col">原文摘录</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ observation, report, indicator: ind }) => (
              <tr key={observation.key}>
                <td>{report.district}</td>
                <td>{report.year}</td>
                <td>
                  <span className="domain-tag">{DOMAIN_LABELS[ind.domain]}</span>
                  {ind.nameZh}
                </td>
                <td className="num">
                  <button type="button" className="value-button" onClick={() => openSource(observation.key)}>
                    {formatQualified(observation.value, observation.qualifier)}
                  </button>
                </td>
                <td>{ind.unit}</td>
                <td>{QUALIFIER_LABELS[observation.qualifier]}</td>
                <td className="quote" lang={report.script === 'hant' ? 'zh-Hant' : 'zh-Hans'}>
                  {observation.quote}
                </td>
                <td className="note">{observation.noteZh || observation.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
