/**
 * One colour per category, by the category's place in its chart's fixed order (a flow's steps, a
 * breakdown's parts ranked over the whole dataset), never by which series a selection happens to draw:
 * 撤销 is the same colour in every view, slide and export. Six colours a reader tells apart, from the
 * colour-blind-safe Okabe–Ito set without its yellow (no label reads on it) and black; 其他 is grey.
 */
import { MAX_CATEGORIES } from '../model/foldParts';
import { INK } from './theme';

export const CATEGORY_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'] as const;
export const OTHER_COLOR = '#8c8c8c';

/** The colour of the category at `index` of its chart's order (MAX_CATEGORIES of them at most). */
export function categoryColor(index: number): string {
  return index >= 0 && index < Math.min(MAX_CATEGORIES, CATEGORY_COLORS.length) ? CATEGORY_COLORS[index] : OTHER_COLOR;
}

function luminance(hex: string): number {
  const channel = (at: number) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** The text colour for a label drawn on `fill`: white or ink, whichever reads better. */
export function labelInk(fill: string): string {
  return contrastRatio(fill, '#ffffff') >= contrastRatio(fill, INK) ? '#ffffff' : INK;
}
