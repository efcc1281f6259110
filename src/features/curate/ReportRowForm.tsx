/**
 * The report's row as the extractor proposed it, every field editable; its id follows from the year, the
 * admin code and the English name. After a check, the row's problems are listed under it.
 */
import { useEffect, useRef } from 'react';
import type { DataIssue } from '../../data/issue';
import type { Messages } from '../../i18n/messages';
import { describeIssueAt } from '../upload/describeIssue';
import { buildReportId } from './buildCurateFiles';
import type { ReportDraft } from './reviewState';

interface ReportRowFormProps {
  report: ReportDraft;
  onChange: (change: Partial<ReportDraft>) => void;
  issues: readonly DataIssue[];
  t: Messages;
}

const TEXT_FIELDS = ['district', 'districtEn', 'city', 'province', 'year', 'adminCode', 'title'] as const;

export function ReportRowForm({ report, onChange, issues, t }: ReportRowFormProps) {
  const c = t.curate;
  const missing = TEXT_FIELDS.filter((field) => report[field].trim() === '').map((field) => c.reportFields[field]);
  // Opened when a check finds the row at fault; otherwise left as the person opened or closed it.
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (issues.length > 0 && details.current) details.current.open = true;
  }, [issues]);
  return (
    <details className="curate-report" ref={details}>
      <summary>
        <strong>{c.report}</strong> {[report.district, report.year, report.title].filter(Boolean).join(' · ')} <code>{c.reportId(buildReportId(report))}</code>
        {missing.length > 0 && <span className="curate-missing"> {c.missing(missing)}</span>}
      </summary>
      <div className="curate-report-fields">
        {TEXT_FIELDS.map((field) => (
          <label key={field} className={`curate-report-${field}`}>
            {c.reportFields[field]}
            <input
              type="text"
              name={field}
              value={report[field]}
              inputMode={field === 'year' || field === 'adminCode' ? 'numeric' : undefined}
              onChange={(event) => onChange({ [field]: event.target.value })}
            />
          </label>
        ))}
        {(['titleSource', 'script'] as const).map((field) => {
          const words: Record<string, string> = field === 'script' ? c.scripts : c.titleSources;
          return (
            <label key={field}>
              {c.reportFields[field]}
              <select name={field} value={report[field]} onChange={(event) => onChange({ [field]: event.target.value })}>
                {Object.entries(words).map(([value, word]) => (
                  <option key={value} value={value}>
                    {word}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      {issues.length > 0 && (
        <ul className="curate-item-issues">
          {issues.map((issue, i) => (
            <li key={i}>{describeIssueAt({ ...issue, line: undefined }, t)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
