/**
 * The source panel: where a figure came from. District, year, indicator and definition, the value as
 * hedged, the note, and the whole paragraph with the quote highlighted; rates recomputed from their parts.
 */
import { useEffect, useRef } from 'react';
import { useApp } from '../AppContext';
import { findingsOfReport } from '../../model/consistency';
import { describeFindingText } from '../../model/describeFinding';
import { formatWithUnit } from '../../model/formatValue';
import { indicatorDefinition, indicatorName, noteOf } from '../../model/locale';
import { serialiseHash } from '../../url/viewState';
import { HighlightedParagraph } from '../../components/HighlightedParagraph';
import { OwnBadge } from '../../components/OwnBadge';
import { useReportSource } from './useReportSource';
import { DistrictLink } from '../profile/DistrictLink';

interface SourcePanelProps {
  sourceKey: string;
  onClose: () => void;
}

export function SourcePanel({ sourceKey, onClose }: SourcePanelProps) {
  const { dataset, findings, view, lang, t } = useApp();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const observation = dataset.observationByKey.get(sourceKey);
  const source = useReportSource(observation?.reportId);
  // Focus moves to the panel in the frame that paints it: focusing lays the page out, and in the click's
  // task the quote would wait for that layout. The panel is in view (beside the screen, or over its foot).
  useEffect(() => {
    const frame = requestAnimationFrame(() => headingRef.current?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [sourceKey]);
  // The quote is scrolled into the panel's view once it is painted (a long paragraph, or a panel over the
  // foot of a narrow window, would leave it below the edge): after the screen beside has kept its place.
  const quoteRef = useRef<HTMLQuoteElement>(null);
  const quoteShown = Boolean(observation?.location && source.paragraphs);
  useEffect(() => {
    if (!quoteShown) return;
    const frame = requestAnimationFrame(() => quoteRef.current?.querySelector('mark')?.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    return () => cancelAnimationFrame(frame);
  }, [sourceKey, quoteShown]);
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
  const location = observation.location;
  const paragraph = location && source.paragraphs?.[location.paragraphIndex];
  const related = findingsOfReport(findings, report.id).filter((finding) => finding.indicatorId === indicator.id || finding.parts.includes(indicator.id));
  const reportLink = serialiseHash({ ...view, route: { name: 'report', reportId: report.id }, paragraph: paragraph ? paragraph.index : null, source: observation.key });
  return (
    <aside className="source-panel" aria-labelledby="source-panel-title" role="complementary">
      <div className="source-panel-head">
        <h2 id="source-panel-title" ref={headingRef} tabIndex={-1}>
          {t.panel.title}
        </h2>
        <button type="button" className="close-button" onClick={onClose} aria-label={t.panel.close}>
          ×
        </button>
      </div>
      {observation.origin === 'user' && (
        <p className="source-own">
          <OwnBadge label={t.upload.ownBadge} /> {t.upload.ownSource(observation.file ?? '', observation.line)}
        </p>
      )}
      <p className="source-where">
        {lang === 'zh' && `${report.province}${report.city}`}
        <strong>
          <DistrictLink report={report} />
        </strong>{' '}
        · {t.panel.year(report.year)}
      </p>
      <p className="source-indicator">{indicatorName(indicator, lang)}</p>
      <p className="source-value" data-testid="source-value">
        {formatWithUnit(observation.value, observation.qualifier, indicator.unit, 2, lang)}
      </p>
      <dl className="source-facts">
        <dt>{t.panel.qualifier}</dt>
        <dd>{t.qualifiers[observation.qualifier]}</dd>
        <dt>{t.panel.definition}</dt>
        <dd>{indicatorDefinition(indicator, lang)}</dd>
        {noteOf(observation, lang) && (
          <>
            <dt>{t.panel.note}</dt>
            <dd>{noteOf(observation, lang)}</dd>
          </>
        )}
        {related.map((finding) => (
          <div key={`${finding.type}-${finding.indicatorId}`} className="finding">
            <dt>{t.panel.recompute}</dt>
            <dd>{describeFindingText(finding, dataset, lang)}</dd>
          </div>
        ))}
      </dl>
      {paragraph && location ? (
        <>
          <h3 className="source-paragraph-title">{t.panel.paragraph(paragraph.index + 1)}</h3>
          <blockquote ref={quoteRef} className="source-paragraph" lang={report.script === 'hant' ? 'zh-Hant' : 'zh-Hans'}>
            <HighlightedParagraph text={paragraph.text} marks={[{ start: location.start, end: location.end }]} imageLabel={t.report.image} />
          </blockquote>
        </>
      ) : (
        // A national dataset fetches the report's text when a figure of it is first opened.
        <p className={source.pending ? 'source-loading' : 'source-missing'} role="status">
          {source.pending ? t.scale.loadingSource : source.error ? t.scale.sourceFailed(source.error.message) : t.scale.quoteNotFound}
        </p>
      )}
      <p className="source-report">
        {report.title}
        {report.titleComposed ? t.panel.composedTitle : ''}
      </p>
      <a className="button" href={reportLink}>
        {t.panel.openInReport}
      </a>
    </aside>
  );
}
