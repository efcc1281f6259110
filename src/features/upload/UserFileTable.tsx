/**
 * The analyst's files, in the order they were loaded: what each is, how many of its rows were loaded, its
 * rejected rows to download, and removal. Files of the same name are told apart by their label, folder,
 * exact size, time of loading and first rows.
 */
import type { UserFileSummary } from '../../data/buildUserData';
import type { DataIssue } from '../../data/issue';
import type { RejectedFile } from '../../data/rejectedRows';
import type { Messages } from '../../i18n/messages';
import { downloadBlob } from '../export/downloadBlob';
import { buildRejectedCsv, rejectedFileName } from './buildRejectedCsv';

interface UserFileTableProps {
  files: readonly UserFileSummary[];
  rejected: readonly RejectedFile[];
  /** Every issue of the data, for the reasons of the rejected rows. */
  issues: readonly DataIssue[];
  /** Removes a file by its identity. */
  onRemove: (id: string) => void;
  t: Messages;
}

export function UserFileTable({ files, rejected, issues, onRemove, t }: UserFileTableProps) {
  if (files.length === 0) return <p className="gap">{t.upload.noFiles}</p>;
  const words = t.upload.columns;
  return (
    <div className="table-scroll">
      <table className="user-files">
        <thead>
          <tr>
            <th scope="col">{words.file}</th>
            <th scope="col">{words.identity}</th>
            <th scope="col">{words.kind}</th>
            <th scope="col">{words.encoding}</th>
            <th scope="col">{words.size}</th>
            <th scope="col">{words.rows}</th>
            <th scope="col">{words.actions}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => {
            const bad = rejected.find((r) => r.name === file.label);
            return (
              <tr key={file.id} data-file-id={file.id}>
                <th scope="row">{file.label}</th>
                <td className="file-identity">
                  {file.path && <span className="file-path">{file.path}</span>}
                  <span className="file-time">{t.upload.loadedAt(new Date(file.addedAt))}</span>
                  {file.preview.map((line, i) => (
                    <span key={i} className="file-preview">
                      {line}
                    </span>
                  ))}
                </td>
                <td>{t.upload.kinds[file.kind]}</td>
                <td>{t.upload.encodings[file.encoding]}</td>
                <td className="num" title={t.upload.sizeBytes(file.size)}>
                  {t.upload.sizeKb(Math.max(1, Math.round(file.size / 1024)))}
                </td>
                <td>{file.kind === 'source' ? t.upload.sourceUsed(file.kept) : t.upload.rowsKept(file.kept, file.rejected)}</td>
                <td className="file-actions">
                  {bad && (
                    <button type="button" className="link-button" onClick={() => downloadBlob(new Blob([buildRejectedCsv(bad, issues, t)], { type: 'text/csv;charset=utf-8' }), rejectedFileName(file.name))} title={t.upload.downloadNote}>
                      {t.upload.download(bad.rows.length)}
                    </button>
                  )}
                  <button type="button" className="chip" onClick={() => onRemove(file.id)} aria-label={t.upload.removeLabel(file.label)}>
                    {t.upload.remove}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
