/**
 * The figures a single district reports, gathered on slides of their own: a chart compares, so a chart
 * that fewer than two selected districts give (drawSpec's rule) is not a slide but a group of figures here.
 *
 *   groups (one per such chart, in deck order) ─pack─▶ slides of FIGURE_COLUMNS columns, each at most
 *   FIGURE_LINES lines; a group longer than a column is cut into parts, its title repeated.
 */
import type { Dataset, Observation, Report } from '../../data/dataset';
import { MESSAGES, type Lang } from '../../i18n/messages';
import type { FamilyDomain } from '../../url/viewState';
import type { SingleFigure, SingleSpec } from '../family/drawSpec';
import { describeFootnote } from './describeFootnote';

/** How many lines a column of a figures slide holds (a title, a figure, or a row of parts each take one). */
export const FIGURE_LINES = 11;
/** Columns of a figures slide. */
export const FIGURE_COLUMNS = 2;
/** The parts of a breakdown are listed this many to a line. */
export const PARTS_PER_LINE = 2;

/** One chart's figures: those of its one reporting district. */
export interface FigureGroup {
  /** The chart's id (a group cut in parts: `id~2`, …). */
  id: string;
  family: FamilyDomain;
  title: string;
  /** The district and year the figures come from. */
  district: string;
  figures: SingleFigure[];
}

export interface FiguresSlide {
  kind: 'figures';
  /** `figures-1`, `figures-2`, … */
  id: string;
  title: string;
  subtitle: string;
  columns: FigureGroup[][];
  footnote: string;
  /** The reports the figures come from. */
  drawn: Report[];
}

/**
 * The group of a chart that one district gives, from drawSpec's figures; `title` (a breakdown's: its
 * total's name, the parts following, named without it) in place of the chart's.
 */
export function figureGroup(family: FamilyDomain, single: SingleSpec['single']): FigureGroup | undefined {
  const first = single.figures[0];
  return first && { id: single.id, family, title: single.title, district: first.district, figures: single.figures };
}

/** Whether a group is one figure, shown on one line with its title. */
export function isOneLine(group: FigureGroup): boolean {
  return group.figures.length === 1;
}

/** The lines a group takes: one for a single figure; a title and its parts, PARTS_PER_LINE to a line, for more. */
export function linesOf(group: FigureGroup): number {
  return isOneLine(group) ? 1 : 1 + Math.ceil(group.figures.length / PARTS_PER_LINE);
}

/** A group longer than a column, cut into parts that each fit one. */
function cut(group: FigureGroup): FigureGroup[] {
  const per = (FIGURE_LINES - 1) * PARTS_PER_LINE;
  if (group.figures.length <= per) return [group];
  const parts: FigureGroup[] = [];
  for (let i = 0; i < group.figures.length; i += per)
    parts.push({ ...group, id: i === 0 ? group.id : `${group.id}~${i / per + 1}`, figures: group.figures.slice(i, i + per) });
  return parts;
}

/** Packs groups in order into columns of at most FIGURE_LINES lines, FIGURE_COLUMNS columns to a slide. */
export function packFigures(groups: readonly FigureGroup[]): FigureGroup[][][] {
  const columns: FigureGroup[][] = [];
  let lines = FIGURE_LINES;
  for (const group of groups.flatMap(cut)) {
    const need = linesOf(group);
    if (lines + need > FIGURE_LINES) {
      columns.push([]);
      lines = 0;
    }
    columns.at(-1)!.push(group);
    lines += need;
  }
  const slides: FigureGroup[][][] = [];
  for (let i = 0; i < columns.length; i += FIGURE_COLUMNS) slides.push(columns.slice(i, i + FIGURE_COLUMNS));
  return slides;
}

/** The slides of the figures a single district reports, each with the reports they come from. */
export function buildFigureSlides(dataset: Dataset, groups: readonly FigureGroup[], lang: Lang): FiguresSlide[] {
  const t = MESSAGES[lang];
  return packFigures(groups).map((columns, i) => {
    const byReport = new Map<Report, Observation[]>();
    for (const figure of columns.flat().flatMap((group) => group.figures)) {
      const observation = dataset.observationByKey.get(figure.key);
      const report = observation && dataset.reportById.get(observation.reportId);
      if (report) byReport.set(report, [...(byReport.get(report) ?? []), observation]);
    }
    const figures = [...byReport].map(([report, observations]) => ({ report, observations }));
    return {
      kind: 'figures',
      id: `figures-${i + 1}`,
      title: i === 0 ? t.present.figuresTitle : t.present.figuresMore,
      subtitle: t.present.figuresNote,
      columns,
      footnote: describeFootnote(figures, false, lang),
      drawn: figures.map((figure) => figure.report),
    };
  });
}
