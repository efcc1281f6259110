/**
 * A file picker that is also a drop target: several files at once, by click, keyboard or drag and drop.
 * It stays open while files load: what is picked meanwhile waits its turn in the files' queue.
 */
import { useState, type DragEvent } from 'react';
import type { Messages } from '../../i18n/messages';

interface DropZoneProps {
  onFiles: (files: File[]) => void;
  t: Messages;
}

export function DropZone({ onFiles, t }: DropZoneProps) {
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (event.dataTransfer.files.length > 0) onFiles([...event.dataTransfer.files]);
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
        {t.upload.pick}
        <input
          type="file"
          className="visually-hidden"
          multiple
          accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so that choosing the same file again (after fixing it) loads it again.
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </label>
      <span className="drop-hint">{over ? t.upload.dropActive : t.upload.drop}</span>
    </div>
  );
}
