/**
 * One review on screen: progress and keys on top, the report's row, the text with every quote marked
 * beside the figures grouped by family, the editor in place of the list while a figure is edited, and
 * the finish below. Every key goes through keyCommand; every change through the review's reducer.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { splitParagraphs } from '../../data/paragraphs';
import { useApp } from '../AppContext';
import { figureFromSelection } from './checkFigure';
import { buildReportId } from './buildCurateFiles';
import { isTyping, keyCommand, type KeyCommand } from './curateKeys';
import { FinishPanel } from './FinishPanel';
import { ProposalEditor } from './ProposalEditor';
import { ProposalList } from './ProposalList';
import { ReportRowForm } from './ReportRowForm';
import { ReportText } from './ReportText';
import { ReviewProgress } from './ReviewProgress';
import { selectProgress, type Figure } from './reviewState';
import type { ReviewSession } from './useReview';
import type { SavedReview } from './reviewStore';
import { readSelection } from './selectionOffsets';
import { useRowCheck } from './useRowCheck';

interface Editing {
  mode: 'edit' | 'add';
  /** The figure edited; none when adding. */
  id?: string;
  initial: Figure;
}

export function Workbench({ review, session }: { review: SavedReview; session: ReviewSession }) {
  const { dataset, t, lang, view } = useApp();
  const c = t.curate;
  const { state, text } = review;
  const { dispatch } = session;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [draft, setDraft] = useState<{ start: number; end: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const progress = selectProgress(state);
  const check = useRowCheck(review);
  const placed = check.result?.revision === review.revision ? check.result.placed : null;
  const current = state.items.find((item) => item.id === state.currentId);

  const openEditor = useCallback((next: Editing) => {
    setEditing(next);
    setDraft({ start: next.initial.start, end: next.initial.end });
    setNotice(null);
  }, []);
  const closeEditor = useCallback(() => {
    setEditing(null);
    setDraft(null);
  }, []);
  const addFromSelection = useCallback(() => {
    const selected = readSelection(textRef.current);
    if (!selected) return setNotice(c.selectionEmpty);
    const figure = figureFromSelection(text, selected.start, selected.end);
    if (!figure) return setNotice(c.selectionHasNoNumber);
    openEditor({ mode: 'add', initial: { ...figure, indicatorId: '', domain: 'other' } });
  }, [text, c, openEditor]);
  const run = useCallback(
    (command: KeyCommand) => {
      setNotice(null);
      if (command === 'add') return addFromSelection();
      if (command === 'edit' || (command === 'accept' && current && !dataset.indicatorById.has(current.indicatorId))) {
        // A figure without a known indicator cannot be accepted as it is: it is edited instead.
        if (current) openEditor({ mode: 'edit', id: current.id, initial: current });
        return;
      }
      dispatch({ type: command });
    },
    [addFromSelection, current, dataset, dispatch, openEditor],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      // While the editor is open (focus in the text, choosing words), Esc still closes it; no other key acts.
      if (editing) {
        if (event.key === 'Escape') closeEditor();
        return;
      }
      const command = keyCommand(event);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [editing, run, closeEditor]);

  const save = (figure: Figure) => {
    if (editing?.mode === 'add') dispatch({ type: 'add', figure });
    else if (editing?.id) dispatch({ type: 'edit', id: editing.id, figure });
    closeEditor();
  };
  const exportJson = () => {
    const name = `review-${buildReportId(state.report) || review.id}.json`;
    void import('../export/downloadBlob').then(({ downloadBlob }) => downloadBlob(new Blob([JSON.stringify(review, null, 2)], { type: 'application/json' }), name));
  };
  return (
    <div className="curate-workbench">
      <div className="curate-bar">
        <ReviewProgress progress={progress} t={t} />
        <div className="curate-bar-actions">
          <button type="button" onClick={exportJson}>
            {c.exportJson}
          </button>
          <button type="button" onClick={session.close}>
            {c.another}
          </button>
        </div>
        <p className="curate-keys">{c.keys}</p>
      </div>
      {session.storeError && (
        <p className="upload-notice" role="alert">
          {c.storeFailed(session.storeError)}
        </p>
      )}
      <ReportRowForm report={state.report} onChange={(change) => dispatch({ type: 'setReport', change })} issues={placed?.report ?? []} t={t} />
      <div className="curate-panes">
        <ReportText text={text} items={state.items} currentId={state.currentId} draft={draft} onSelect={(id) => dispatch({ type: 'select', id })} containerRef={textRef} t={t} />
        <div className="curate-side">
          <div className="curate-actions">
            <button type="button" onClick={() => run('accept')} disabled={!current || Boolean(editing)}>
              {c.accept}
            </button>
            <button type="button" onClick={() => run('reject')} disabled={!current || Boolean(editing)}>
              {c.reject}
            </button>
            <button type="button" onClick={() => run('edit')} disabled={!current || Boolean(editing)}>
              {c.edit}
            </button>
            <button type="button" onClick={() => run('undo')} disabled={state.undo.length === 0 || Boolean(editing)}>
              {c.undo}
            </button>
            <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => run('add')} disabled={Boolean(editing)}>
              {c.addSelection}
            </button>
          </div>
          {notice && (
            <p className="curate-problem" role="alert">
              {notice}
            </p>
          )}
          {editing ? (
            <ProposalEditor
              key={`${editing.mode}-${editing.id ?? editing.initial.start}`}
              mode={editing.mode}
              initial={editing.initial}
              text={text}
              paragraphs={paragraphs}
              reportId={buildReportId(state.report)}
              indicators={dataset.indicators}
              indicatorById={dataset.indicatorById}
              selection={() => readSelection(textRef.current)}
              onQuoteChange={setDraft}
              onSave={save}
              onCancel={closeEditor}
              lang={lang}
              t={t}
            />
          ) : (
            <ProposalList items={state.items} currentId={state.currentId} indicatorById={dataset.indicatorById} issuesByItem={placed?.byItem ?? new Map()} onSelect={(id) => dispatch({ type: 'select', id })} lang={lang} t={t} />
          )}
        </div>
      </div>
      <FinishPanel review={review} accepted={progress.accepted} check={check} view={view} t={t} />
    </div>
  );
}
