/** Problems found in the data, one row each: file, line, column and the reason in the interface language. */
import type { DataIssue } from '../../data/issue';
import type { Messages } from '../../i18n/messages';
import { OwnBadge } from '../../components/OwnBadge';
import { describeIssue } from './describeIssue';

interface IssueListProps {
  issues: readonly DataIssue[];
  t: Messages;
  /** At most this many rows are drawn; the rest are counted (a file of 100,000 bad rows stays usable). */
  limit?: number;
}

export function IssueList({ issues, t, limit = 200 }: IssueListProps) {
  const shown = issues.slice(0, limit);
  const words = t.upload.columns;
  return (
    <>
      <div className="table-scroll">
        <table className="issue-table">
          <thead>
            <tr>
              <th scope="col">{words.file}</th>
              <th scope="col">{words.line}</th>
              <th scope="col">{words.column}</th>
              <th scope="col">{words.reason}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((issue, i) => (
              <tr key={i} data-code={issue.code}>
                <td>
                  {issue.file}
                  {issue.origin === 'user' && <OwnBadge label={t.upload.userFile} />}
                </td>
                <td className="num">{issue.line ?? t.upload.wholeFile}</td>
                <td>{issue.column ?? ''}</td>
                <td className="issue-reason">{describeIssue(issue, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {issues.length > shown.length && <p className="issue-more">{t.upload.moreIssues(issues.length - shown.length)}</p>}
    </>
  );
}
