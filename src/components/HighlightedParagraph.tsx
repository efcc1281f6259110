/** A paragraph with some spans marked; text is rendered as text only, never as markup. */
import type { ReactNode } from 'react';
import { QuietText } from './QuietText';

export interface Mark {
  start: number;
  end: number;
  /** Rendered inside the <mark> (e.g. a link around the text); defaults to the text itself. */
  render?: (content: ReactNode) => ReactNode;
  className?: string;
}

/** Marks are taken in the order given; one that overlaps an earlier-listed mark is left out. */
interface HighlightedParagraphProps {
  text: string;
  marks: Mark[];
  imageLabel: string;
  /** Applied to each plain run separately, so the marks stay on the same words. */
  transform?: (text: string) => string;
}

export function HighlightedParagraph({ text, marks, imageLabel, transform }: HighlightedParagraphProps) {
  const kept: Mark[] = [];
  for (const mark of marks) {
    if (kept.every((other) => mark.end <= other.start || mark.start >= other.end)) kept.push(mark);
  }
  kept.sort((a, b) => a.start - b.start);
  const pieces: ReactNode[] = [];
  let at = 0;
  kept.forEach((mark, i) => {
    if (mark.start > at) pieces.push(<QuietText key={`t${i}`} text={text.slice(at, mark.start)} imageLabel={imageLabel} transform={transform} />);
    const content = <QuietText text={text.slice(mark.start, mark.end)} imageLabel={imageLabel} transform={transform} />;
    pieces.push(
      <mark key={`m${i}`} className={mark.className}>
        {mark.render ? mark.render(content) : content}
      </mark>,
    );
    at = mark.end;
  });
  if (at < text.length) pieces.push(<QuietText key="end" text={text.slice(at)} imageLabel={imageLabel} transform={transform} />);
  return <>{pieces}</>;
}
