/**
 * One exported figure as a standalone SVG: the chart's title and definition above the chart as ECharts
 * drew it, and below it the footnotes, the reports and years it draws on, and the date of export. The
 * PNG is this same SVG rasterised, so both formats carry the same source line.
 *
 *   ┌ title, definition ┐
 *   │ <svg> of ECharts  │
 *   └ notes · sources · exported ┘
 */
import { FONT_FAMILY, INK, MUTED } from '../../charts/theme';
import { wrapText } from './wrapText';

export interface ChartFigure {
  title: string;
  subtitle?: string;
  /** The chart as ECharts rendered it: an `<svg>` element `chartWidth` × `chartHeight` pixels. */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  /** Comparability footnotes, one per entry. */
  notes: string[];
  /** The reports and years the chart draws on. */
  sourceLine: string;
  /** When and from where it was exported. */
  exportedLine: string;
}

/** Measures a text's width in pixels at a font size, bold or not. */
export type MeasureAt = (text: string, fontSize: number, bold: boolean) => number;

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

const PADDING = 16;
const GAP = 8;
const STYLES = {
  title: { size: 20, bold: true, color: INK },
  subtitle: { size: 14, bold: false, color: MUTED },
  note: { size: 13, bold: false, color: MUTED },
  source: { size: 13, bold: false, color: INK },
  exported: { size: 12, bold: false, color: MUTED },
} as const;
type Style = (typeof STYLES)[keyof typeof STYLES];

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Builds the figure's SVG; `measure` decides where lines break, so wrapped text never runs off the edge. */
export function composeChartSvg(figure: ChartFigure, measure: MeasureAt): ComposedSvg {
  const width = Math.round(figure.chartWidth);
  const maxWidth = width - 2 * PADDING;
  const parts: string[] = [];
  let y = PADDING;
  const block = (text: string, style: Style) => {
    const lineHeight = Math.round(style.size * 1.45);
    for (const line of wrapText(text, maxWidth, (s) => measure(s, style.size, style.bold))) {
      const baseline = y + Math.round(style.size * 1.1);
      parts.push(
        `<text x="${PADDING}" y="${baseline}" font-size="${style.size}"${style.bold ? ' font-weight="700"' : ''} fill="${style.color}">${escapeXml(line)}</text>`,
      );
      y += lineHeight;
    }
  };
  block(figure.title, STYLES.title);
  if (figure.subtitle) block(figure.subtitle, STYLES.subtitle);
  y += GAP;
  // The chart's own <svg> nests as is; a declaration would be invalid inside another document.
  const chart = figure.chartSvg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/<!DOCTYPE[^>]*>\s*/i, '');
  parts.push(`<g transform="translate(0 ${y})">${chart}</g>`);
  y += Math.round(figure.chartHeight) + GAP;
  parts.push(`<line x1="${PADDING}" x2="${width - PADDING}" y1="${y}" y2="${y}" stroke="#d0d0d0" stroke-width="1"/>`);
  y += GAP;
  for (const note of figure.notes) block(note, STYLES.note);
  block(figure.sourceLine, STYLES.source);
  block(figure.exportedLine, STYLES.exported);
  const height = y + PADDING;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(figure.title)}</title>`,
    `<desc>${escapeXml(figure.sourceLine)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
