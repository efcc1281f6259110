/** What the person should know about the last operations on their files: a failure, an identical file, a load cut short. */
import type { QueueNotice } from '../../data/userFileQueue';
import type { Messages } from '../../i18n/messages';

export function QueueNotices({ notices, t }: { notices: readonly QueueNotice[]; t: Messages }) {
  if (notices.length === 0) return null;
  const text = (notice: QueueNotice) => {
    switch (notice.kind) {
      case 'failed':
        return t.upload.failed(notice.detail);
      case 'storeFailed':
        return t.upload.storeFailed(notice.detail);
      case 'same':
        return t.upload.sameFile(notice.files);
      case 'interrupted':
        return t.upload.interrupted(notice.stored, notice.lost);
    }
  };
  return (
    <div className="upload-notices" role="alert">
      {notices.map((notice, i) => (
        <p key={i} className="upload-notice" data-notice={notice.kind}>
          {text(notice)}
        </p>
      ))}
    </div>
  );
}
