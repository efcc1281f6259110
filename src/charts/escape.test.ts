import { describe, it, expect } from 'vitest';
import { escapeHtml, escapeRich } from './escape';

describe('escapeHtml', () => {
  it('turns an injected image tag into inert text', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('escapes &, quotes and apostrophes', () => {
    expect(escapeHtml(`a & "b" 'c'`)).toBe('a &#38; &#34;b&#34; &#39;c&#39;');
  });

  it('escapes an already escaped entity again, so it shows as written', () => {
    expect(escapeHtml('&lt;')).toBe('&#38;lt;');
  });

  it('leaves Chinese text and numbers unchanged', () => {
    expect(escapeHtml('武江区 2020：约1,200 件')).toBe('武江区 2020：约1,200 件');
  });
});

describe('escapeRich', () => {
  it('replaces rich-text braces and bars with full-width look-alikes', () => {
    expect(escapeRich('{a|x}')).toBe('（a｜x）');
  });

  it('leaves no markup in a label that tries to open a style', () => {
    expect(escapeRich('{gap|假}{b|c')).not.toMatch(/[{}|]/);
  });

  it('leaves ordinary labels unchanged', () => {
    expect(escapeRich('东区 2022')).toBe('东区 2022');
  });
});
