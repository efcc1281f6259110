/**
 * A file picker that is also a drop target: by click, keyboard or drag and drop. By default it takes
 * several CSV or text files with the files screen's words; a screen that takes one report's text says so.
 * On the files screen it stays open while files load: what is picked meanwhile waits its turn in the
 * files' queue. A screen that can open only one thing at a time closes it (`disabled`).
 */
import { useState, type DragEvent } from 'react';
import type { Messages } from '../../i18n/messages';

interface DropZoneProps {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  t: Messages;
  /** The words on the picker and the drop target (the files screen's by default). */
  labels?: { pick: string; drop: string; dropActive: string };
  accept?: string;
  multiple?: boolean;
}

const CSV_OR_TEXT = '.csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values';

export function DropZone({ onFiles, disabled = false, t, labels = t.upload, accept = CSV_OR_TEXT, multiple = true }: DropZoneProps) {
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (!disabled && event.dataTransfer.files.length > 0) onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      className={`drop-zone${over ? ' drop-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label className="button file-pick">
        {labels.pick}
        <input
          type="file"
          className="visually-hidden"
          multiple={multiple}
          accept={accept}
          disabled={disabled}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so that choosing the same file again (after fixing it) loads it again.
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </label>
      <span className="drop-hint">{over ? labels.dropActive : labels.drop}</span>
    </div>
  );
}
