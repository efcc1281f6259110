/** Problems found while loading the data, listed with file, line and reason; valid rows are still shown. */
import type { DataIssue } from '../data/issue';
import { formatIssue } from '../data/issue';

export function DataHealth({ issues }: { issues: DataIssue[] }) {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return null;
  return (
    <details className="data-health" role="status">
      <summary>数据检查发现 {errors.length} 个问题，相关行未载入；其余数据照常显示。</summary>
      <ul>
        {errors.map((issue, i) => (
          <li key={i}>{formatIssue(issue)}</li>
        ))}
      </ul>
    </details>
  );
}
