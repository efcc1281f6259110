/**
 * A small line of one figure over the years, as SVG geometry: one path per run of consecutive years with
 * a figure (a gap breaks the line, it is never drawn through or down to zero), a dot per figure, hollow
 * where the figure is hedged, and a mark where the figure counts differently from the year before.
 */
import type { SeriesPoint } from '../model/buildYearSeries';

export interface SparkDot {
  x: number;
  y: number;
  year: number;
  hedged: boolean;
  scopeChanged: boolean;
}

export interface Sparkline {
  /** SVG path data, one per unbroken run of years. */
  paths: string[];
  dots: SparkDot[];
  /** Where each year sits on the x axis, gaps included, for the year ticks. */
  years: { year: number; x: number; gap: boolean }[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Lays out `points` in a `width` × `height` box with `pad` pixels around; the y axis spans the values shown. */
export function buildSparkline(points: readonly SeriesPoint[], width: number, height: number, pad = 4): Sparkline {
  const values = points.flatMap((point) => (point.observation ? [point.observation.value] : []));
  const low = Math.min(...values);
  const high = Math.max(...values);
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const xOf = (i: number) => round(points.length > 1 ? pad + i * step : width / 2);
  // A flat line (one value, or the same value each year) sits in the middle.
  const yOf = (value: number) => round(high === low ? height / 2 : pad + ((high - value) / (high - low)) * (height - 2 * pad));
  const paths: string[] = [];
  const dots: SparkDot[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 1) paths.push(run.join(' '));
    run = [];
  };
  points.forEach((point, i) => {
    if (!point.observation) return endRun();
    const x = xOf(i);
    const y = yOf(point.observation.value);
    run.push(`${run.length === 0 ? 'M' : 'L'}${x} ${y}`);
    dots.push({ x, y, year: point.year, hedged: point.observation.qualifier !== 'exact', scopeChanged: point.scopeChanged === true });
  });
  endRun();
  return { paths, dots, years: points.map((point, i) => ({ year: point.year, x: xOf(i), gap: !point.observation })) };
}
