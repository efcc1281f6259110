import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../data/paragraphs';
import { paragraphSpans } from './paragraphSpans';

describe('paragraphSpans', () => {
  it.each([
    ['one line', 'a'],
    ['blank lines skipped', 'a\n\n  \nb'],
    ['CRLF line ends', 'a\r\nb\r\n\r\nc'],
    ['CR-only line ends', 'a\rb\r\rc\r'],
    ['CR, LF and CRLF mixed', 'a\rb\nc\r\n\rd'],
    ['trailing newline', 'a\nb\n'],
    ['leading blank lines', '\n\n　\na'],
  ])('numbers paragraphs as splitParagraphs does: %s', (_name, text) => {
    const spans = paragraphSpans(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(splitParagraphs(text).map((paragraph) => paragraph.text));
  });
});
