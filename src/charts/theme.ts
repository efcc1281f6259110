/** Projector-safe look shared by every chart: a colour-blind-safe palette (Okabe–Ito) and large type. */

export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
export const INK = '#1a1a1a';
export const MUTED = '#6b6b6b';
export const GAP = '#9a9a9a';
export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif';
export const FONT_SIZE = 14;
/** The rich-text style of a not-reported axis label; one too long for a line takes two (chartText's gapLabel). */
export const GAP_LABEL = { color: GAP, fontSize: FONT_SIZE + 1, lineHeight: Math.round((FONT_SIZE + 1) * 1.5) };
