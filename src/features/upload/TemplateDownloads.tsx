/** Links to the blank reports.csv and observations.csv to fill in, made in the browser (no server, works offline). */
import { buildTemplateCsv, TEMPLATE_FILES } from '../../model/buildTemplateCsv';
import type { Messages } from '../../i18n/messages';
import { downloadBlob } from '../export/downloadBlob';

export function TemplateDownloads({ t }: { t: Messages }) {
  return (
    <p className="upload-templates">
      {t.upload.templates}
      {TEMPLATE_FILES.map((kind) => (
        <button
          key={kind}
          type="button"
          className="link-button"
          data-template={kind}
          onClick={() => downloadBlob(new Blob([buildTemplateCsv(kind)], { type: 'text/csv;charset=utf-8' }), `${kind}.csv`)}
        >
          {kind}.csv
        </button>
      ))}
    </p>
  );
}
