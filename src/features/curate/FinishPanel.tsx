/**
 * Finishing a review: the accepted figures checked by the curated data's rules, then either joined to
 * the person's data (through the one queue of the person's files, userFiles) or downloaded as reports.csv,
 * observations.csv and the text, for data/.
 */
import { useQuery } from '@tanstack/react-query';
import { DATASET_QUERY } from '../../data/loadAppDataset';
import type { QueueNotice } from '../../data/userFileQueue';
import { userFiles } from '../../data/userFiles';
import type { Messages } from '../../i18n/messages';
import { serialiseHash, type ViewState } from '../../url/viewState';
import { downloadBlob } from '../export/downloadBlob';
import { describeIssueAt } from '../upload/describeIssue';
import { useUserFileQueue } from '../upload/useUserFileQueue';
import { buildCurateFiles } from './buildCurateFiles';
import type { SavedReview } from './reviewStore';
import type { RowCheck } from './useRowCheck';

interface FinishPanelProps {
  review: SavedReview;
  accepted: number;
  check: RowCheck;
  view: ViewState;
  t: Messages;
}

type Failure = Extract<QueueNotice, { kind: 'failed' | 'storeFailed' }>;

const asFile = (file: { name: string; text: string }) => new File([file.text], file.name, { type: 'text/plain' });

export function FinishPanel({ review, accepted, check, view, t }: FinishPanelProps) {
  const c = t.curate;
  const { data } = useQuery(DATASET_QUERY);
  const queue = useUserFileQueue();
  const failures = queue.notices.filter((notice): notice is Failure => notice.kind === 'failed' || notice.kind === 'storeFailed');
  const { result } = check;
  const current = result !== null && result.revision === review.revision;
  const problems = result ? result.placed.report.length + [...result.placed.byItem.values()].reduce((sum, list) => sum + list.length, 0) + result.placed.other.length : 0;
  const ready = current && result.placed.clean && accepted > 0;
  const files = buildCurateFiles(review.state, review.text);
  const joined = data?.dataset.reportById.get(files.reportId)?.origin === 'user';
  const join = () => {
    const own = buildCurateFiles(review.state, review.text, 'own');
    void userFiles.add([own.reports, own.observations, own.source].map(asFile));
  };
  const download = () => {
    const plain = buildCurateFiles(review.state, review.text, 'data');
    for (const file of [plain.reports, plain.observations, plain.source]) downloadBlob(new Blob([file.text], { type: 'text/plain;charset=utf-8' }), file.name);
  };
  return (
    <section className="curate-finish" aria-labelledby="curate-finish-title">
      <h3 id="curate-finish-title">{c.finish}</h3>
      <p>{c.finishIntro(accepted)}</p>
      <div className="curate-finish-actions">
        <button type="button" onClick={check.run} disabled={check.checking || accepted === 0}>
          {check.checking ? c.checking : c.check}
        </button>
        <button type="button" onClick={join} disabled={!ready || queue.busy}>
          {queue.busy ? c.joining : c.join}
        </button>
        <button type="button" onClick={download} disabled={!ready}>
          {c.download}
        </button>
      </div>
      <div aria-live="polite" className="curate-finish-status">
        {check.failure && <p className="curate-problem">{c.failed(check.failure)}</p>}
        {result && !current && <p className="curate-problem">{c.checkStale}</p>}
        {current && (result.placed.clean ? <p className="curate-ok">✓ {c.checkClean}</p> : <p className="curate-problem">{c.checkFailed(problems)}</p>)}
        {current &&
          result.placed.other.map((issue, i) => (
            <p key={i} className="curate-problem">
              {issue.file} {describeIssueAt(issue, t)}
            </p>
          ))}
        {failures.map((notice, i) => (
          <p key={i} className="curate-problem">
            {notice.kind === 'failed' ? t.upload.failed(notice.detail) : t.upload.storeFailed(notice.detail)}
          </p>
        ))}
        {joined && (
          <p className="curate-ok curate-joined">
            ✓ {c.joined(files.reportId)} <a href={serialiseHash({ ...view, route: { name: 'report', reportId: files.reportId } })}>{c.viewReport}</a> ·{' '}
            <a href={serialiseHash({ ...view, route: { name: 'files' } })}>{c.viewFiles}</a>
          </p>
        )}
        {ready && <p className="screen-summary">{c.downloadNote}</p>}
      </div>
    </section>
  );
}
