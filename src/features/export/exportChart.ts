/**
 * Exports a drawn chart as PNG (twice its screen size, for slides) or SVG, with its title, footnotes,
 * sources and export date drawn into the image. Loaded on demand: the screens never pay for it.
 */
import type { EChartsType } from 'echarts/core';
import { measureTextPx } from '../../charts/measureText';
import { FONT_FAMILY } from '../../charts/theme';
import { composeChartSvg, type ChartFigure, type MeasureAt } from './composeChartSvg';
import { downloadBlob } from './downloadBlob';
import { rasteriseSvg } from './rasteriseSvg';
import { repairSvgAttributes } from './repairSvgAttributes';

/** Pixels per CSS pixel of an exported PNG: sharp on a projector and in slides. */
export const PNG_SCALE = 2;

export interface ChartExportRequest extends Omit<ChartFigure, 'chartSvg' | 'chartWidth' | 'chartHeight'> {
  format: 'png' | 'svg';
  instance: EChartsType;
  fileName: string;
}

/** Decodes a `data:` URL's text. */
function decodeDataUrl(url: string): string {
  const comma = url.indexOf(',');
  const body = url.slice(comma + 1);
  if (url.slice(0, comma).endsWith(';base64')) return new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0)));
  return decodeURIComponent(body);
}

/** Whether a browser would read the text as an SVG document (an image must be well-formed XML). */
function isWellFormed(svg: string): boolean {
  return new DOMParser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('parsererror').length === 0;
}

/**
 * The chart's SVG as drawn. ECharts finishes running animations first, so the export shows the final
 * state. Should its text still not be well-formed, the browser serialises the chart's live SVG instead.
 */
function readChartSvg(instance: EChartsType): string {
  const svg = repairSvgAttributes(decodeDataUrl(instance.getDataURL({ type: 'svg' })));
  if (isWellFormed(svg)) return svg;
  const live = instance.getDom().querySelector('svg');
  if (!live) throw new Error('the chart has no SVG');
  return new XMLSerializer().serializeToString(live);
}

/** Measures text with the chart font as ECharts does, so wrapped lines fit the image as drawn. */
const measure: MeasureAt = (text, fontSize, bold) => measureTextPx(text, fontSize, FONT_FAMILY, bold);

/** Composes the figure and starts its download. */
export async function exportChart({ format, instance, fileName, ...figure }: ChartExportRequest): Promise<void> {
  const composed = composeChartSvg(
    { ...figure, chartSvg: readChartSvg(instance), chartWidth: instance.getWidth(), chartHeight: instance.getHeight() },
    measure,
  );
  const blob =
    format === 'svg'
      ? new Blob([composed.svg], { type: 'image/svg+xml;charset=utf-8' })
      : await rasteriseSvg(composed.svg, composed.width, composed.height, PNG_SCALE);
  downloadBlob(blob, fileName);
}
