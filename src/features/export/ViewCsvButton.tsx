/** Exports every value of the current view (a table with its filters, a family screen) as one CSV. */
import { useCallback } from 'react';
import { useApp } from '../../app/AppContext';
import type { TableRow } from '../../model/selectRows';
import { buildFileName, describeSources, formatExportDate } from './exportSources';
import { useExportAction } from './useExportAction';

interface ViewCsvButtonProps {
  rows: TableRow[];
  /** What the file holds, for its name: the screen's title. */
  what: string;
}

export function ViewCsvButton({ rows, what }: ViewCsvButtonProps) {
  const { lang, t } = useApp();
  const action = useCallback(async () => {
    const fileName = buildFileName(what, describeSources(rows), formatExportDate(new Date()), 'csv', t, lang);
    const { exportCsv } = await import('./exportCsv');
    exportCsv(rows, lang, t, fileName);
  }, [rows, what, t, lang]);
  const { run, failed } = useExportAction(action);
  return (
    <div className="view-export">
      <button type="button" className="export-button" data-export="view-csv" disabled={rows.length === 0} onClick={() => run()}>
        {t.export.viewCsv(rows.length)}
      </button>
      {failed && (
        <span className="export-failed" role="alert">
          {t.export.failed}
        </span>
      )}
    </div>
  );
}
