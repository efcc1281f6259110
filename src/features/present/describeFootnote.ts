/** The one-line source footnote of a slide: which reports its figures come from, and where in them. */
import type { Observation, Report } from '../../data/dataset';
import { MESSAGES, type Lang } from '../../i18n/messages';
import { districtName } from '../../model/locale';

/** How many reports a footnote names before it counts the rest. */
export const FOOTNOTE_NAMED = 8;

/** The figures of one report drawn on a slide. */
export interface SlideFigures {
  report: Report;
  observations: Observation[];
}

/**
 * `来源：武江区2020年报告第12段；…`. Paragraph numbers are 1-based, as the source panel shows them, and are
 * given only for a one-indicator slide: a flow or breakdown spreads over too many paragraphs for one line.
 */
export function describeFootnote(figures: readonly SlideFigures[], withParagraphs: boolean, lang: Lang): string {
  const t = MESSAGES[lang].present;
  // One line under the chart: a province's or the country's slide names the first few and counts the rest.
  const named = figures.length > FOOTNOTE_NAMED ? figures.slice(0, FOOTNOTE_NAMED) : figures;
  const parts = named.map(({ report, observations }) => {
    const paragraphs = withParagraphs
      ? [...new Set(observations.flatMap((observation) => (observation.location ? [observation.location.paragraphIndex + 1] : [])))].sort((a, b) => a - b)
      : [];
    return t.footnotePart(districtName(report, lang), report.year, paragraphs);
  });
  return t.footnote(named.length < figures.length ? [...parts, t.footnoteMore(figures.length - named.length)] : parts);
}
