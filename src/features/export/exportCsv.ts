/** Exports values as a CSV file that Excel and WPS open with the Chinese intact. Loaded on demand. */
import type { Lang, Messages } from '../../i18n/messages';
import { buildCsv } from '../../model/buildCsv';
import { buildExportTable } from '../../model/buildExportTable';
import type { TableRow } from '../../model/selectRows';
import { downloadBlob } from './downloadBlob';

/** Writes one row per value (see buildExportTable) and starts the download. */
export function exportCsv(rows: readonly TableRow[], lang: Lang, t: Messages, fileName: string): void {
  const table = buildExportTable(rows, lang, { columns: t.export.columns, qualifiers: t.qualifiers, tenThousandYuan: t.export.tenThousandYuan });
  downloadBlob(new Blob([buildCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}
