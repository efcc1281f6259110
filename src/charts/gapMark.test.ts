import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts';
import { gapMark } from './gapMark';
import { withPatterns } from './withPatterns';

/** The fill opacities of the pattern a drawn SVG shape is filled with, found by the shape's attribute. */
function patternOpacities(svg: string, shape: RegExp): string[] {
  const id = new RegExp(`<path[^>]*${shape.source}[^>]*fill="url\\(#([^)]+)\\)"|<path[^>]*fill="url\\(#([^)]+)\\)"[^>]*${shape.source}`).exec(svg);
  const patternId = id?.[1] ?? id?.[2];
  const pattern = new RegExp(`<pattern[^>]*id="${patternId}"[^>]*>([\\s\\S]*?)</pattern>`).exec(svg)?.[1] ?? '';
  return [...pattern.matchAll(/fill-opacity="([^"]+)"/g)].map((m) => m[1]);
}

describe('the mark of a figure not reported', () => {
  it('stands at half the tallest bar, never at zero, and opens nothing', () => {
    expect(gapMark(86)).toMatchObject({ value: 43, gap: true });
    expect(gapMark(0).value).toBe(1);
    expect(gapMark(86).key).toBeUndefined();
  });

  it('stays an empty outline when the chart shows patterns (the toggle, every slide): it draws no pattern of its own', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
    const option = { xAxis: { type: 'category', data: ['a', 'b'] }, yAxis: {}, series: [{ type: 'bar', data: [{ value: 86, itemStyle: { borderColor: '#123456' } }, gapMark(86)] }] };
    chart.setOption(withPatterns(option, true));
    const svg = chart.renderToSVGString();
    chart.dispose();
    // The reported bar has a visible pattern; the outline's (the dashed shape) draws nothing.
    expect(patternOpacities(svg, /stroke="#123456"/).some((opacity) => Number(opacity) > 0)).toBe(true);
    const outline = patternOpacities(svg, /stroke-dasharray/);
    expect(outline.length).toBeGreaterThan(0);
    expect(outline.every((opacity) => Number(opacity) === 0)).toBe(true);
  });
});
