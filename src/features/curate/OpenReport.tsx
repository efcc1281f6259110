/** Opening a report's text: by the file picker, by dropping a file (the files screen's DropZone), or by pasting it. */
import { useState } from 'react';
import { decodeText } from '../../data/decodeText';
import type { Messages } from '../../i18n/messages';
import { DropZone } from '../upload/DropZone';

interface OpenReportProps {
  onText: (fileName: string, text: string) => void;
  /** Why the last text could not be opened, if it could not. */
  problem: string | null;
  onProblem: (problem: string) => void;
  busy: boolean;
  t: Messages;
}

export function OpenReport({ onText, problem, onProblem, busy, t }: OpenReportProps) {
  const [pasted, setPasted] = useState('');
  const c = t.curate;
  const openFile = async (file: File) => {
    // The project's one decoder: UTF-8, else GB18030; a file that is not text is named as such.
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return onProblem(decoded.reason === 'binary' ? c.notText : c.unknownEncoding);
    if (decoded.text.trim() === '') return onProblem(c.emptyText);
    onText(file.name, decoded.text);
  };
  return (
    <div className="curate-open">
      <DropZone onFiles={(files) => void openFile(files[0])} disabled={busy} t={t} labels={c} accept=".txt,text/plain" multiple={false} />
      <label className="curate-paste">
        {c.pasteLabel}
        <textarea value={pasted} onChange={(event) => setPasted(event.target.value)} rows={5} disabled={busy} />
      </label>
      <button type="button" disabled={busy || pasted.trim() === ''} onClick={() => onText('', pasted)}>
        {c.pasteStart}
      </button>
      <div aria-live="polite">
        {busy && <p className="loading">{c.reading}</p>}
        {problem && (
          <p className="upload-notice" role="alert">
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
