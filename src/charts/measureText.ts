/**
 * How wide a text is drawn, measured as ECharts measures it (a canvas's measureText): for a legend's rows
 * (legendRoom.ts) and an exported figure's wrapped lines (features/export).
 */

/** Roughly how wide a text is in font sizes: CJK characters are square, Latin ones about half as wide. */
export function textWidthInFonts(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return width;
}

let context: CanvasRenderingContext2D | null | undefined;

/** How wide a text is drawn in this font, in pixels; estimated where there is no canvas to measure with. */
export function measureTextPx(text: string, fontPx: number, family: string, bold = false): number {
  if (context === undefined)
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return textWidthInFonts(text) * fontPx;
  context.font = `${bold ? '700 ' : ''}${fontPx}px ${family}`;
  return context.measureText(text).width;
}
