/** Problems found while loading the data, listed with file, line and reason; valid rows are still shown. */
import type { DataIssue } from '../data/issue';
import { formatIssue } from '../data/issue';

export function DataHealth({ issues, message }: { issues: DataIssue[]; message: (count: number) => string }) {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return null;
  return (
    <details className="data-health" role="status">
      <summary>{message(errors.length)}</summary>
      <ul>
        {errors.map((issue, i) => (
          <li key={i}>{formatIssue(issue)}</li>
        ))}
      </ul>
    </details>
  );
}
