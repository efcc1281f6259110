import { describe, it, expect } from 'vitest';
import { composeChartSvg, escapeXml, type ChartFigure } from './composeChartSvg';

const measure = (text: string, fontSize: number) => [...text].length * fontSize;
const FIGURE: ChartFigure = {
  title: '调解纠纷 <件数>',
  subtitle: '口径：本年度调解的纠纷件数。',
  chartSvg: '<?xml version="1.0"?>\n<svg width="400" height="200" xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>',
  chartWidth: 400,
  chartHeight: 200,
  notes: ['比较了不同年份的报告（2020、2022年），跨年度排名仅供参考。'],
  sourceLine: '来源（2020年，共 1 份报告）：《甲市东区人民政府2020年法治政府建设年度报告》（2020年数据）',
  exportedLine: '导出日期：2025-06-01 · 法治政府建设年度报告 · 区县比较',
};

describe('composeChartSvg', () => {
  const { svg, width, height } = composeChartSvg(FIGURE, measure);

  it('is as wide as the chart and taller by the title and footer', () => {
    expect(width).toBe(400);
    expect(height).toBeGreaterThan(200 + 100);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="400" height="${height}" viewBox="0 0 400 ${height}"`));
  });

  it('nests the chart without its XML declaration, below the title', () => {
    expect(svg).not.toContain('<?xml');
    expect(svg).toMatch(/<g transform="translate\(0 \d+\)"><svg width="400" height="200"/);
  });

  it('writes the title escaped, and the source and export lines as text of the image', () => {
    expect(svg).toContain('调解纠纷 &lt;件数&gt;');
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    expect(text).toContain('《甲市东区人民政府2020年法治政府建设年度报告》（2020年数据）');
    expect(text).toContain('导出日期：2025-06-01');
    expect(text).toContain('跨年度排名仅供参考');
  });

  it('wraps a long footer within the width instead of letting it run off the edge', () => {
    const lines = [...svg.matchAll(/<text[^>]*font-size="13"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect([...line].length * 13).toBeLessThanOrEqual(400 - 32);
  });

  it('names the figure and its sources for assistive technology', () => {
    expect(svg).toContain(`<title>${escapeXml(FIGURE.title)}</title>`);
    expect(svg).toContain(`<desc>${FIGURE.sourceLine}</desc>`);
  });

  it('grows with the number of footnotes', () => {
    const more = composeChartSvg({ ...FIGURE, notes: [...FIGURE.notes, '南区：包括诉前调解。'] }, measure);
    expect(more.height).toBeGreaterThan(height);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});
