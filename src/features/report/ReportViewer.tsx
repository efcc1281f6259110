/**
 * The report viewer: the full source text, cleaned for reading but never altered, with paragraph anchors.
 * Every curated figure is highlighted and links back to its chart.
 */
import { useEffect, useMemo } from 'react';
import { useApp } from '../../app/AppContext';
import { HighlightedParagraph, type Mark } from '../../components/HighlightedParagraph';
import { classifyParagraph } from '../../model/readingParts';
import { isFamilyDomain, serialiseHash, DEFAULT_VIEW, type ViewState } from '../../url/viewState';

export function ReportViewer({ reportId }: { reportId: string }) {
  const { dataset, view, openSource } = useApp();
  const report = dataset.reportById.get(reportId);
  const paragraphs = useMemo(() => (report ? dataset.paragraphsByReport.get(report.id)! : []), [dataset, report]);
  const byParagraph = useMemo(() => {
    const map = new Map<number, typeof dataset.observations>();
    for (const observation of dataset.observations) {
      if (observation.reportId !== reportId) continue;
      const list = map.get(observation.location.paragraphIndex) ?? [];
      list.push(observation);
      map.set(observation.location.paragraphIndex, list);
    }
    return map;
  }, [dataset, reportId]);
  useEffect(() => {
    if (view.paragraph === null) return;
    const element = document.getElementById(`p-${view.paragraph}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [view.paragraph, reportId]);
  if (!report) {
    return (
      <section className="screen">
        <h2>未找到该报告</h2>
        <p>
          <a href="#/">返回总览</a>
        </p>
      </section>
    );
  }
  const chartLink = (indicatorId: string, key: string) => {
    const indicator = dataset.indicatorById.get(indicatorId)!;
    const base: ViewState = { ...DEFAULT_VIEW, year: view.year, province: view.province, districts: view.districts, perCapita: view.perCapita, indicator: indicatorId, source: key };
    return serialiseHash(isFamilyDomain(indicator.domain) ? { ...base, route: { name: 'family', domain: indicator.domain } } : { ...base, route: { name: 'data' } });
  };
  const figureCount = [...byParagraph.values()].reduce((sum, list) => sum + list.length, 0);
  return (
    <article className="screen report-viewer" aria-labelledby="report-title" lang={report.script === 'hant' ? 'zh-Hant' : 'zh-Hans'}>
      <nav className="report-switch" aria-label="选择报告">
        {dataset.reports.map((other) => (
          <a key={other.id} href={`#/reports/${other.id}`} aria-current={other.id === report.id ? 'page' : undefined}>
            {other.district} {other.year}
          </a>
        ))}
      </nav>
      <h2 id="report-title">
        {report.title}
        {report.titleComposed && <span className="composed-title">（原文无标题，此标题为整理时所拟）</span>}
      </h2>
      <p className="screen-summary">
        {report.province}
        {report.city}
        {report.district}（行政区划代码 {report.adminCode}）· 数据年份 {report.year} · 原文共 {paragraphs.length} 段，其中 {figureCount} 处数字已收录并高亮，点击可查看来源或跳转到图表。原文按发布时的文字保存，网页导航、图片占位与页码以浅色显示。
      </p>
      <div className="report-text">
        {paragraphs.map((paragraph) => {
          const role = classifyParagraph(paragraph.text);
          const observations = byParagraph.get(paragraph.index) ?? [];
          const focused = view.source ? observations.find((o) => o.key === view.source) : undefined;
          const ordered = focused ? [focused, ...observations.filter((o) => o !== focused)] : observations;
          const marks: Mark[] = ordered.map((observation) => ({
            start: observation.location.start,
            end: observation.location.end,
            className: observation === focused ? 'focused-mark' : undefined,
            render: (content) => (
              <a
                href={chartLink(observation.indicatorId, observation.key)}
                title={`${dataset.indicatorById.get(observation.indicatorId)!.nameZh}：在图表中查看`}
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
              <a className="para-anchor" href={serialiseHash({ ...view, paragraph: paragraph.index, source: null })} aria-label={`第 ${paragraph.index + 1} 段`}>
                ¶{paragraph.index + 1}
              </a>
              <HighlightedParagraph text={paragraph.text} marks={marks} />
            </Tag>
          );
        })}
      </div>
    </article>
  );
}
