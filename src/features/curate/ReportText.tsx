/**
 * The report's text with every figure's quote marked: the one under review outlined, accepted ones
 * underlined, rejected ones struck through (shape as well as colour). Clicking a mark selects its figure;
 * the figure selected elsewhere is scrolled into view here.
 */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Messages } from '../../i18n/messages';
import type { ReviewItem } from './reviewState';
import { segmentText } from './segmentText';

interface ReportTextProps {
  text: string;
  items: readonly ReviewItem[];
  currentId: string | null;
  /** The quote being edited, marked apart from the figures. */
  draft: { start: number; end: number } | null;
  onSelect: (id: string) => void;
  containerRef: RefObject<HTMLDivElement | null>;
  t: Messages;
}

const DRAFT = '\u0000draft';

export function ReportText({ text, items, currentId, draft, onSelect, containerRef, t }: ReportTextProps) {
  const spans = useMemo(() => (draft ? [...items, { id: DRAFT, ...draft }] : items), [items, draft]);
  const lines = useMemo(() => segmentText(text, spans), [text, spans]);
  const status = useMemo(() => new Map(items.map((item) => [item.id, item.status])), [items]);
  const scrolled = useRef<string | null>(null);
  useEffect(() => {
    const container = containerRef.current;
    const target = draft ? DRAFT : currentId;
    if (!container || !target || scrolled.current === `${target}${draft?.start}`) return;
    scrolled.current = `${target}${draft?.start}`;
    const mark = container.querySelector<HTMLElement>(draft ? 'mark.draft' : 'mark.current');
    if (!mark) return;
    // The text pane scrolls, not the page: the list beside it stays where it is.
    const top = mark.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
    container.scrollTo({ top: Math.max(0, top - container.clientHeight / 3) });
  }, [currentId, draft, lines, containerRef]);
  return (
    <div className="curate-text" ref={containerRef} tabIndex={0} role="region" aria-label={t.curate.textLabel} lang="zh">
      {lines.map((line) => (
        <p key={line.start} data-at={line.start} data-end={line.end}>
          {line.pieces.map((piece) => {
            if (piece.ids.length === 0)
              return (
                <span key={piece.start} data-at={piece.start}>
                  {text.slice(piece.start, piece.end)}
                </span>
              );
            const isDraft = piece.ids.includes(DRAFT);
            const current = currentId !== null && piece.ids.includes(currentId);
            // The figure a click selects: the one under review if it is here, else the innermost (the last).
            const figures = piece.ids.filter((id) => id !== DRAFT);
            const target = current ? currentId : figures[figures.length - 1];
            const states = new Set(piece.ids.map((id) => status.get(id)).filter(Boolean));
            const className = ['curate-mark', ...[...states].map((state) => `is-${state}`), current ? 'current' : '', isDraft ? 'draft' : ''].filter(Boolean).join(' ');
            return (
              <mark key={piece.start} data-at={piece.start} className={className} onClick={() => target && onSelect(target)}>
                {text.slice(piece.start, piece.end)}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
