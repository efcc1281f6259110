/**
 * The analyst's own files (`#/files`): load reports, figures and source reports by picker or drag and
 * drop, see what each file gave and what was refused, download the rejected rows, remove a file.
 * Loaded on demand, so the overview's bundle does not carry it.
 */
import { useQuery } from '@tanstack/react-query';
import { useApp } from '../AppContext';
import { DATASET_QUERY } from '../../data/loadAppDataset';
import { MAX_FILE_BYTES } from '../../data/readUserFile';
import { DropZone } from './DropZone';
import { IssueList } from './IssueList';
import { UserFileTable } from './UserFileTable';
import { useUserFiles } from './useUserFiles';

export default function UploadScreen() {
  const { issues, t } = useApp();
  const { data } = useQuery(DATASET_QUERY);
  const { busy, progress, notice, add, remove } = useUserFiles();
  const files = data?.user?.files ?? [];
  const userIssues = issues.filter((issue) => issue.origin === 'user' && issue.severity === 'error');
  const percent = progress ? Math.round(progress.fraction * 100) : 0;
  return (
    <section className="screen upload-screen" aria-labelledby="upload-title">
      <h2 id="upload-title">{t.upload.title}</h2>
      <p className="screen-summary">{t.upload.intro}</p>
      <p className="screen-summary">
        {t.upload.formats(MAX_FILE_BYTES / 1024 / 1024)} {t.upload.privacy}
      </p>
      <DropZone onFiles={add} disabled={busy} t={t} />
      <div className="upload-status" aria-live="polite">
        {progress && (
          <p className="upload-progress">
            <label>
              {progress.file ? t.upload.reading(progress.file, percent) : t.upload.working}
              <progress max={100} value={percent} />
            </label>
          </p>
        )}
      </div>
      {notice && (
        <p className="upload-notice" role="alert">
          {notice.kind === 'failed' ? t.upload.failed(notice.detail) : t.upload.storeFailed(notice.detail)}
        </p>
      )}
      <h3>{t.upload.filesTitle}</h3>
      <UserFileTable files={files} rejected={data?.user?.rejected ?? []} issues={issues} onRemove={remove} disabled={busy} t={t} />
      {(files.length > 0 || userIssues.length > 0) && (
        <section className="upload-issues" aria-labelledby="upload-issues-title">
          <h3 id="upload-issues-title">{t.upload.issuesTitle}</h3>
          {userIssues.length > 0 ? <IssueList issues={userIssues} t={t} /> : <p>{t.upload.noIssues}</p>}
        </section>
      )}
    </section>
  );
}
