/** The problems a check of a review's files found, each placed where the screen shows it. */
import type { DataIssue } from '../../data/issue';
import type { CurateFiles } from './buildCurateFiles';

export interface PlacedIssues {
  /** Problems of the report's row. */
  report: DataIssue[];
  /** Problems of each accepted figure, by its id. */
  byItem: Map<string, DataIssue[]>;
  /** Problems of no row (the text itself, a whole file). */
  other: DataIssue[];
  /** Whether there is no error at all. */
  clean: boolean;
}

/**
 * Places the errors among `issues` at the report's row or the figure of their line; findings are left out.
 * While the report's row fails, each figure fails for its report id (unknown, or not an id at all): that
 * says nothing of the figure, so it is left out (the figure's own checks run once the row passes).
 */
export function placeIssues(issues: readonly DataIssue[], files: CurateFiles): PlacedIssues {
  const placed: PlacedIssues = { report: [], byItem: new Map(), other: [], clean: true };
  const reportFails = issues.some((issue) => issue.severity === 'error' && issue.file === files.reports.name);
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    placed.clean = false;
    if (reportFails && issue.file === files.observations.name && (issue.code === 'unknownReport' || issue.column === 'report_id')) continue;
    const item = issue.file === files.observations.name && issue.line !== undefined ? files.items[issue.line - 2] : undefined;
    if (item) placed.byItem.set(item.id, [...(placed.byItem.get(item.id) ?? []), issue]);
    else if (issue.file === files.reports.name && issue.line !== undefined) placed.report.push(issue);
    else placed.other.push(issue);
  }
  return placed;
}
