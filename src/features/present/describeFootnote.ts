/** The one-line source footnote of a slide: which reports its figures come from, and where in them. */
import type { Observation, Report } from '../../data/dataset';
import { MESSAGES, type Lang } from '../../i18n/messages';
import { districtName } from '../../model/locale';

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
  const parts = figures.map(({ report, observations }) => {
    const paragraphs = withParagraphs
      ? [...new Set(observations.flatMap((observation) => (observation.location ? [observation.location.paragraphIndex + 1] : [])))].sort((a, b) => a - b)
      : [];
    return t.footnotePart(districtName(report, lang), report.year, paragraphs);
  });
  return t.footnote(parts);
}
