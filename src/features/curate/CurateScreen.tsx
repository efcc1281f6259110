/**
 * The curation workbench (`#/curate`): open a report's text, review the figures the extractor proposes
 * one decision at a time, and finish into the person's data or the files of data/. Loaded on demand,
 * so the overview's bundle does not carry it.
 *
 *   text ─decodeText─▶ runExtraction (worker) ─▶ Extraction ─startReview─▶ review (IndexedDB) ─▶ files
 */
import { useState } from 'react';
import { useApp } from '../AppContext';
import { OpenReport } from './OpenReport';
import { runExtraction, toExtractIndicators } from './runExtraction';
import { selectProgress } from './reviewState';
import { useReview } from './useReview';
import { Workbench } from './Workbench';
import './curate.css';

export default function CurateScreen() {
  const { dataset, t } = useApp();
  const c = t.curate;
  const session = useReview();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const openText = async (fileName: string, text: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const extraction = await runExtraction({ text, indicators: toExtractIndicators(dataset.indicators) });
      // A district the data already has brings its English name along.
      const { adminCode } = extraction.report;
      const known = adminCode ? dataset.reports.find((report) => report.adminCode === adminCode) : undefined;
      session.start(fileName, extraction, known ? { districtEn: known.districtEn } : {});
    } catch (error) {
      setProblem(c.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="screen curate-screen" aria-labelledby="curate-title">
      <h2 id="curate-title">{c.title}</h2>
      {!session.ready ? (
        <p className="loading">…</p>
      ) : session.review ? (
        <Workbench review={session.review} session={session} />
      ) : (
        <>
          <p className="screen-summary">{c.intro}</p>
          <p className="screen-summary">{c.privacy}</p>
          <OpenReport onText={openText} problem={problem} onProblem={setProblem} busy={busy} t={t} />
          {session.saved.length > 0 && (
            <section className="curate-saved" aria-labelledby="curate-saved-title">
              <h3 id="curate-saved-title">{c.saved}</h3>
              <ul>
                {session.saved.map((saved) => {
                  const progress = selectProgress(saved.state);
                  return (
                    <li key={saved.id}>
                      <span>{c.savedRow(saved.fileName || c.pasted, progress.reviewed, progress.proposals)}</span>{' '}
                      <button type="button" onClick={() => session.open(saved.id)}>
                        {c.open}
                      </button>{' '}
                      <button type="button" onClick={() => window.confirm(c.removeConfirm) && session.remove(saved.id)}>
                        {c.remove}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
