/**
 * The data-health panel: every problem found while loading, curated files and the analyst's alike, with
 * file, line, column and a reason in the interface language. Valid rows are still shown everywhere.
 */
import type { DataIssue } from '../data/issue';
import type { Messages } from '../i18n/messages';
import { IssueList } from '../features/upload/IssueList';

interface DataHealthProps {
  issues: DataIssue[];
  t: Messages;
  /** Address of the screen where the analyst's files are managed. */
  filesHref: string;
}

export function DataHealth({ issues, t, filesHref }: DataHealthProps) {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return null;
  return (
    // A labelled region, so that the panel sits in a landmark like the rest of the page.
    <section aria-label={t.upload.healthTitle}>
      <details className="data-health">
        <summary>{t.dataHealth(errors.length)}</summary>
        <IssueList issues={errors} t={t} limit={50} />
        {errors.some((issue) => issue.origin === 'user') && (
          <p>
            <a href={filesHref}>{t.upload.healthLink}</a>
          </p>
        )}
      </details>
    </section>
  );
}
