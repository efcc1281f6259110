/** How far the review is, always in view: proposals reviewed of all, and what became of them. */
import type { Messages } from '../../i18n/messages';
import type { ReviewProgress as Progress } from './reviewState';

export function ReviewProgress({ progress, t }: { progress: Progress; t: Messages }) {
  const c = t.curate;
  return (
    <div className="curate-progress" aria-live="polite">
      <label>
        <span className="curate-progress-text">{c.progress(progress.reviewed, progress.proposals)}</span>
        <progress max={Math.max(1, progress.proposals)} value={progress.reviewed} aria-label={c.progressLabel} />
      </label>
      <span className="curate-counts">{c.counts(progress.accepted, progress.rejected, progress.edited, progress.added)}</span>
    </div>
  );
}
