/**
 * The analyst's own files (`#/files`): load reports, figures and source reports by picker or drag and
 * drop, see what each file gave and what was refused, download the rejected rows, remove a file.
 * The screen only shows the state of the files' queue (data/userFiles.ts): leaving it and coming back
 * mid-load finds the load still running. Loaded on demand, so the overview's bundle does not carry it.
 */
import { useQuery } from '@tanstack/react-query';
import { useApp } from '../AppContext';
import { MAX_FILE_BYTES } from '../../data/fileSizeLimit';
import { DATASET_QUERY } from '../../data/loadAppDataset';
import { userFiles } from '../../data/userFiles';
import { DropZone } from './DropZone';
import { IssueList } from './IssueList';
import { QueueNotices } from './QueueNotices';
import { TemplateDownloads } from './TemplateDownloads';
import { UserFileTable } from './UserFileTable';
import { useUserFileQueue } from './useUserFileQueue';

export default function UploadScreen() {
  const { issues, t } = useApp();
  const { data } = useQuery(DATASET_QUERY);
  const { busy, showProgress, progress, notices, pending, finished } = useUserFileQueue();
  const files = data?.user?.files ?? [];
  const userIssues = issues.filter((issue) => issue.origin === 'user' && issue.severity === 'error');
  const percent = progress ? Math.round(progress.fraction * 100) : 0;
  return (
    <section className="screen upload-screen" aria-labelledby="upload-title" aria-busy={busy} data-finished={finished}>
      <h2 id="upload-title">{t.upload.title}</h2>
      <p className="screen-summary">{t.upload.intro}</p>
      <p className="screen-summary">
        {t.upload.formats(MAX_FILE_BYTES / 1024 / 1024)} {t.upload.privacy} {t.upload.sameName}
      </p>
      <TemplateDownloads t={t} />
      <DropZone onFiles={(picked) => void userFiles.add(picked)} t={t} />
      <div className="upload-status" aria-live="polite">
        {showProgress && (
          <p className="upload-progress">
            <label>
              {progress?.file ? t.upload.reading(progress.file, percent) : t.upload.working}
              {pending > 1 && ` ${t.upload.waiting(pending - 1)}`}
              <progress max={100} value={percent} />
            </label>
          </p>
        )}
      </div>
      <QueueNotices notices={notices} t={t} />
      <h3>{t.upload.filesTitle}</h3>
      <UserFileTable files={files} rejected={data?.user?.rejected ?? []} issues={issues} onRemove={(id) => void userFiles.remove(id)} t={t} />
      {(files.length > 0 || userIssues.length > 0) && (
        <section className="upload-issues" aria-labelledby="upload-issues-title">
          <h3 id="upload-issues-title">{t.upload.issuesTitle}</h3>
          {userIssues.length > 0 ? <IssueList issues={userIssues} t={t} /> : <p>{t.upload.noIssues}</p>}
        </section>
      )}
    </section>
  );
}
