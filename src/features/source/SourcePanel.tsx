/**
 * The source panel: where a figure came from. District, year, indicator and definition, the value as
 * hedged, the note, and the whole paragraph with the quote highlighted; rates recomputed from their parts.
 */
import { useEffect, useRef } from 'react';
import { useApp } from '../../app/AppContext';
import { STRINGS } from '../../app/strings';
import { describeFindingZh } from '../../model/describeFinding';
import { formatWithUnit, QUALIFIER_LABELS } from '../../model/formatValue';
import { serialiseHash } from '../../url/viewState';
import { HighlightedParagraph } from '../../components/HighlightedParagraph';

interface SourcePanelProps {
  sourceKey: string;
  onClose: () => void;
}

export function SourcePanel({ sourceKey, onClose }: SourcePanelProps) {
  const { dataset, findings, view } = useApp();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const observation = dataset.observationByKey.get(sourceKey);
  useEffect(() => {
    headingRef.current?.focus();
  }, [sourceKey]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  if (!observation) return null;
  const report = dataset.reportById.get(observation.reportId)!;
  const indicator = dataset.indicatorById.get(observation.indicatorId)!;
  const paragraph = dataset.paragraphsByReport.get(report.id)![observation.location.paragraphIndex];
  const related = findings.filter((finding) => finding.reportId === report.id && (finding.indicatorId === indicator.id || finding.parts.includes(observation.key)));
  const reportLink = serialiseHash({ ...view, route: { name: 'report', reportId: report.id }, paragraph: paragraph.index, source: observation.key });
  return (
    <aside className="source-panel" aria-labelledby="source-panel-title" role="complementary">
      <div className="source-panel-head">
        <h2 id="source-panel-title" ref={headingRef} tabIndex={-1}>
          {STRINGS.panel.title}
        </h2>
        <button type="button" className="close-button" onClick={onClose} aria-label={`${STRINGS.panel.close}（Esc）`}>
          ×
        </button>
      </div>
      <p className="source-where">
        {report.province}
        {report.city}
        <strong>{report.district}</strong> · {report.year}年
      </p>
      <p className="source-indicator">{indicator.nameZh}</p>
      <p className="source-value" data-testid="source-value">
        {formatWithUnit(observation.value, observation.qualifier, indicator.unit)}
      </p>
      <dl className="source-facts">
        <dt>{STRINGS.panel.qualifier}</dt>
        <dd>{QUALIFIER_LABELS[observation.qualifier]}</dd>
        <dt>{STRINGS.panel.definition}</dt>
        <dd>{indicator.definitionZh}</dd>
        {observation.note && (
          <>
            <dt>{STRINGS.panel.note}</dt>
            <dd>{observation.noteZh || observation.note}</dd>
          </>
        )}
        {related.map((finding) => (
          <div key={`${finding.type}-${finding.indicatorId}`} className="finding">
            <dt>{STRINGS.panel.recompute}</dt>
            <dd>{describeFindingZh(finding, dataset)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="source-paragraph-title">
        {STRINGS.panel.paragraph}（第 {paragraph.index + 1} 段）
      </h3>
      <blockquote className="source-paragraph" lang={report.script === 'hant' ? 'zh-Hant' : 'zh-Hans'}>
        <HighlightedParagraph text={paragraph.text} marks={[{ start: observation.location.start, end: observation.location.end }]} />
      </blockquote>
      <p className="source-report">
        {report.title}
        {report.titleComposed ? '（标题为整理时所拟）' : ''}
      </p>
      <a className="button" href={reportLink}>
        {STRINGS.panel.openInReport}
      </a>
    </aside>
  );
}
