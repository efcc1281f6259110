import { describe, expect, it } from 'vitest';
import { INLINE_DATA_ID, readInlineTexts } from './readInlineTexts';

/** A stand-in document holding at most the one element readInlineTexts looks for. */
function documentWith(textContent?: string): Pick<Document, 'getElementById'> {
  return {
    getElementById: (id: string) =>
      id === INLINE_DATA_ID && textContent !== undefined ? ({ textContent } as HTMLElement) : null,
  };
}

const TEXTS = {
  reports: 'r',
  indicators: 'i',
  observations: 'o',
  population: 'p',
  sources: { 'a.txt': '第一段\n第二段' },
};

describe('readInlineTexts', () => {
  it('returns undefined when the page embeds no data, so the app fetches ./data/', () => {
    expect(readInlineTexts(documentWith())).toBeUndefined();
    expect(readInlineTexts(undefined)).toBeUndefined();
  });

  it('returns the embedded files unchanged', () => {
    expect(readInlineTexts(documentWith(JSON.stringify(TEXTS)))).toEqual(TEXTS);
  });

  it('keeps text that was escaped to sit safely inside a script element', () => {
    const texts = { ...TEXTS, sources: { 'a.txt': '</script><!-- 原文' } };
    const escaped = JSON.stringify(texts).replace(/</g, '\\u003c');
    expect(readInlineTexts(documentWith(escaped))).toEqual(texts);
  });

  it('throws on embedded data that lacks a file, rather than showing an empty dashboard', () => {
    expect(() => readInlineTexts(documentWith(JSON.stringify({ ...TEXTS, population: undefined })))).toThrow(
      /population/,
    );
    expect(() => readInlineTexts(documentWith(JSON.stringify({ ...TEXTS, sources: { 'a.txt': 3 } })))).toThrow(
      INLINE_DATA_ID,
    );
    expect(() => readInlineTexts(documentWith('not json'))).toThrow();
  });
});
