import { describe, it, expect } from 'vitest';
import { repairSvgAttributes } from './repairSvgAttributes';

// As zrender 6 writes a label whose font family names fonts in double quotes.
const BROKEN = `<text dominant-baseline="central" style="font-size:14px;font-family:"Noto Sans CJK SC", "PingFang SC", system-ui, sans-serif;" transform="translate(463.5 244)" fill="#1a1a1a">件</text>`;

describe('repairSvgAttributes', () => {
  it('escapes the quotes inside a style attribute and keeps the attributes after it', () => {
    expect(repairSvgAttributes(BROKEN)).toBe(
      `<text dominant-baseline="central" style="font-size:14px;font-family:&quot;Noto Sans CJK SC&quot;, &quot;PingFang SC&quot;, system-ui, sans-serif;" transform="translate(463.5 244)" fill="#1a1a1a">件</text>`,
    );
  });

  it('repairs the last attribute of a tag and of a self-closing tag', () => {
    expect(repairSvgAttributes(`<text style="font-family:"A", b;">x</text>`)).toBe(`<text style="font-family:&quot;A&quot;, b;">x</text>`);
    expect(repairSvgAttributes(`<tspan style="font-family:"A", b;"/>`)).toBe(`<tspan style="font-family:&quot;A&quot;, b;"/>`);
  });

  it('leaves a well-formed document as it is, text and CSS included', () => {
    const fine = `<svg width="10" height="10"><path d="M0 0L1 1" fill="none"></path><text>"引号" &amp; 2,291</text><style><![CDATA[.a:hover { fill:red; }]]></style></svg>`;
    expect(repairSvgAttributes(fine)).toBe(fine);
  });
});
