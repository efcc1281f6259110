/**
 * The report viewer: the full source text, cleaned for reading but never altered, with paragraph anchors.
 * Every curated figure is highlighted and links back to its chart. A long text is rendered in slices
 * (useParagraphWindow), so that no task of the page takes long.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApp } from '../AppContext';
import type { Observation } from '../../data/dataset';
import type { Paragraph } from '../../data/paragraphs';
import { HighlightedParagraph, type Mark } from '../../components/HighlightedParagraph';
import { OwnBadge } from '../../components/OwnBadge';
import { indicatorName } from '../../model/locale';
import { indexDataset, observationsOfReport } from '../../model/datasetIndex';
import { classifyParagraph } from '../../model/readingParts';
import { labelReport } from '../../model/selectReports';
import { isFamilyDomain, serialiseHash, DEFAULT_VIEW, type ViewState } from '../../url/viewState';
import { useReportSource } from '../source/useReportSource';
import { ParagraphRuns } from './ParagraphRuns';
import { ReportSearch } from './ReportSearch';
import { useParagraphWindow } from './useParagraphWindow';
import { useToSimplified } from './useToSimplified';
import { DistrictLink } from '../profile/DistrictLink';

// With more reports than this (a national dataset), the switcher lists the district's other years only.
const REPORT_LINKS_LIMIT = 60;

export function ReportViewer({ reportId }: { reportId: string }) {
  const { dataset, view, lang, t, openSource } = useApp();
  const [simplified, setSimplified] = useState(false);
  const report = dataset.reportById.get(reportId);
  // A national dataset fetches the report's text now, and locates its figures in it.
  const source = useReportSource(report?.id);
  // The Simplified reading is offered for a Traditional report; the stored text is never changed.
  const toSimplified = useToSimplified(simplified && report?.script === 'hant');
  const paragraphs = useMemo(() => source.paragraphs ?? [], [source.paragraphs]);
  // A long report is rendered a slice per task, starting at the paragraph asked for.
  const shown = useParagraphWindow(paragraphs, view.paragraph);
  const byParagraph = useMemo(() => {
    const map = new Map<number, Observation[]>();
    for (const observation of source.paragraphs ? observationsOfReport(dataset, reportId) : []) {
      if (!observation.location) continue;
      const list = map.get(observation.location.paragraphIndex) ?? [];
      list.push(observation);
      map.set(observation.location.paragraphIndex, list);
    }
    return map;
  }, [dataset, reportId, source.paragraphs]);
  useEffect(() => {
    if (view.paragraph === null) return;
    const element = document.getElementById(`p-${view.paragraph}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [view.paragraph, reportId]);
  // The same function while the window grows, so the runs already rendered are not rendered again.
  const renderParagraph = useCallback(
    (paragraph: Paragraph) => {
      const chartLink = (indicatorId: string, key: string) => {
        const indicator = dataset.indicatorById.get(indicatorId)!;
        const base: ViewState = { ...DEFAULT_VIEW, year: view.year, province: view.province, districts: view.districts, perCapita: view.perCapita, lang, indicator: indicatorId, source: key };
        return serialiseHash(isFamilyDomain(indicator.domain) ? { ...base, route: { name: 'family', domain: indicator.domain } } : { ...base, route: { name: 'data' } });
      };
      const role = classifyParagraph(paragraph.text);
      const observations = byParagraph.get(paragraph.index) ?? [];
      const focused = view.source ? observations.find((o) => o.key === view.source) : undefined;
      const ordered = focused ? [focused, ...observations.filter((o) => o !== focused)] : observations;
      const marks: Mark[] = ordered.map((observation) => ({
        start: observation.location!.start,
        end: observation.location!.end,
        className: observation === focused ? 'focused-mark' : undefined,
        render: (content) => (
          <a
            href={chartLink(observation.indicatorId, observation.key)}
            title={t.report.viewInChart(indicatorName(dataset.indicatorById.get(observation.indicatorId)!, lang))}
            onClick={(event) => {
              if (event.altKey) {
                event.preventDefault();
                openSource(observation.key);
              }
            }}
          >
            {content}
          </a>
        ),
      }));
      const Tag = role === 'heading' ? 'h3' : 'p';
      return (
        <Tag
          key={paragraph.index}
          id={`p-${paragraph.index}`}
          tabIndex={-1}
          className={`para para-${role}${view.paragraph === paragraph.index ? ' para-focused' : ''}`}
          data-paragraph={paragraph.index}
        >
          <a className="para-anchor" href={serialiseHash({ ...view, paragraph: paragraph.index, source: null })} aria-label={t.report.paragraphLabel(paragraph.index + 1)}>
            ¶{paragraph.index + 1}
          </a>
          <HighlightedParagraph text={paragraph.text} marks={marks} imageLabel={t.report.image} transform={toSimplified} />
        </Tag>
      );
    },
    [byParagraph, dataset, view, lang, t, openSource, toSimplified],
  );
  if (!report) {
    return (
      <section className="screen">
        <h2>{t.report.notFound}</h2>
        <p>
          <a href="#/">{t.backToOverview}</a>
        </p>
      </section>
    );
  }
  const figureCount = [...byParagraph.values()].reduce((sum, list) => sum + list.length, 0);
  return (
    <article className="screen report-viewer" aria-labelledby="report-title" lang={report.script === 'hant' ? 'zh-Hant' : 'zh-Hans'}>
      <nav className="report-switch" aria-label={t.report.pick}>
        {(dataset.reports.length <= REPORT_LINKS_LIMIT ? dataset.reports : indexDataset(dataset).reportsByDistrict.get(report.adminCode)!).map((other) => (
          <a key={other.id} href={serialiseHash({ ...view, route: { name: 'report', reportId: other.id }, paragraph: null, source: null })} aria-current={other.id === report.id ? 'page' : undefined}>
            {labelReport(other, lang)}
          </a>
        ))}
      </nav>
      <ReportSearch />
      <h2 id="report-title">
        {report.title}
        {report.titleComposed && <span className="composed-title">{t.report.composedTitle}</span>}
        {report.origin === 'user' && <OwnBadge label={t.upload.ownBadge} title={report.file} />}
      </h2>
      <p className="report-profile">
        <DistrictLink report={report}>{t.profile.linkLabel(lang === 'en' ? report.districtEn : report.district)}</DistrictLink>
      </p>
      <p className="screen-summary">
        {t.report.summary(lang === 'en' ? report.districtEn : `${report.province}${report.city}${report.district}`, report.adminCode, report.year, paragraphs.length, figureCount)}
      </p>
      {report.script === 'hant' && (
        <p className="script-toggle">
          <button type="button" className="chip" aria-pressed={simplified} onClick={() => setSimplified(!simplified)}>
            {simplified ? t.reportSearch.showOriginal : t.reportSearch.showSimplified}
          </button>
          <span className="filter-note">{t.reportSearch.simplifiedNote}</span>
        </p>
      )}
      <div className="report-text">
        {source.pending && <p className="source-loading" role="status">{t.scale.loadingSource}</p>}
        {source.error && <p className="source-missing" role="alert">{t.scale.sourceFailed(source.error.message)}</p>}
        <ParagraphRuns paragraphs={paragraphs} from={shown.from} to={shown.to} render={renderParagraph} />
      </div>
    </article>
  );
}
