/** Search across all reports, in either script: 調解 finds 调解 and the other way round. */
import { useState } from 'react';
import { useApp } from '../AppContext';
import { HighlightedParagraph } from '../../components/HighlightedParagraph';
import { reportParagraphs } from '../../data/reportTexts';
import { SEARCH_LIMIT, searchReports } from '../../model/searchReports';
import { labelReport, labelYear } from '../../model/selectReports';
import { serialiseHash } from '../../url/viewState';
import { DistrictLink } from '../profile/DistrictLink';
import { useToSimplified } from './useToSimplified';
import { useReportTexts } from '../source/useReportSource';

export function ReportSearch() {
  const { dataset, view, lang, t } = useApp();
  const [query, setQuery] = useState('');
  const asked = query.trim() !== '';
  const toSimplified = useToSimplified(asked);
  const texts = useReportTexts(asked);
  const matches = texts.pending ? [] : searchReports(dataset, query, toSimplified);
  return (
    <search className="report-search">
      <label>
        {t.reportSearch.label}
        <input type="search" value={query} placeholder={t.reportSearch.placeholder} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {query.trim() !== '' && (
        <>
          <p role="status" className="row-count">
            {texts.pending
              ? t.reportSearch.loading
              : [
                  t.reportSearch.count(matches.length),
                  matches.length >= SEARCH_LIMIT ? t.reportSearch.limited(SEARCH_LIMIT) : '',
                  texts.searched < texts.total ? t.reportSearch.partial(texts.searched, texts.total) : '',
                ].join('')}
          </p>
          <ol className="search-results">
            {matches.map((match) => {
              const paragraph = reportParagraphs(dataset, match.report.id)![match.paragraphIndex];
              const from = Math.max(0, match.start - 30);
              const to = Math.min(paragraph.text.length, match.end + 30);
              const href = serialiseHash({ ...view, route: { name: 'report', reportId: match.report.id }, paragraph: match.paragraphIndex, source: null });
              return (
                <li key={`${match.report.id}-${match.paragraphIndex}`}>
                  {/* The district to its profile, the report and paragraph to the text. */}
                  <DistrictLink report={match.report} />{' '}
                  <a href={href} aria-label={`${labelReport(match.report, lang)} ¶${match.paragraphIndex + 1}`}>
                    {labelYear(match.report, lang)} ¶{match.paragraphIndex + 1}
                  </a>{' '}
                  <span lang={match.report.script === 'hant' ? 'zh-Hant' : 'zh-Hans'}>
                    {from > 0 && '…'}
                    <HighlightedParagraph text={paragraph.text.slice(from, to)} marks={[{ start: match.start - from, end: match.end - from }]} imageLabel={t.report.image} />
                    {to < paragraph.text.length && '…'}
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </search>
  );
}
