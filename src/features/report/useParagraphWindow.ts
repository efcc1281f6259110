/**
 * Which paragraphs of a report the viewer renders: a report of 20 MB has a hundred thousand of them, and
 * rendering them in one task froze the page for seconds. The viewer renders a window of them, first
 * around the paragraph asked for, then grows it one slice per task (down to the end, then up to the
 * start) until it holds them all, so the page answers between slices. A slice is sized so that
 * rendering it takes about SLICE_TARGET_MS, measured on the slices before it.
 */
import { useEffect, useRef, useState } from 'react';
import type { Paragraph } from '../../data/paragraphs';

const SLICE_TARGET_MS = 25;
const FIRST_SLICE_CHARS = 20_000;
const MIN_SLICE_CHARS = 2_000;
const MAX_SLICE_CHARS = 40_000;
/** Paragraphs rendered before the one asked for, so it does not sit at the window's very top. */
const LEAD_PARAGRAPHS = 20;

export interface ParagraphWindow {
  from: number;
  to: number;
}

/** The end of a slice from `start` onward holding about `chars` characters (one paragraph at least). */
export function sliceEnd(paragraphs: readonly Paragraph[], start: number, chars: number): number {
  let end = start;
  let taken = 0;
  while (end < paragraphs.length && (end === start || taken + paragraphs[end].text.length <= chars)) taken += paragraphs[end++].text.length;
  return end;
}

/** The start of a slice ending at `end` holding about `chars` characters (one paragraph at least). */
export function sliceStart(paragraphs: readonly Paragraph[], end: number, chars: number): number {
  let start = end;
  let taken = 0;
  while (start > 0 && (start === end || taken + paragraphs[start - 1].text.length <= chars)) taken += paragraphs[--start].text.length;
  return start;
}

function firstWindow(paragraphs: readonly Paragraph[], focus: number | null): ParagraphWindow {
  const from = focus === null ? 0 : Math.max(0, Math.min(focus, paragraphs.length) - LEAD_PARAGRAPHS);
  return { from, to: sliceEnd(paragraphs, from, Math.max(FIRST_SLICE_CHARS, focus === null ? 0 : paragraphs.slice(from, focus + 1).reduce((sum, p) => sum + p.text.length, 0))) };
}

/** The paragraphs to render now; grows to all of them, a slice per task. */
export function useParagraphWindow(paragraphs: readonly Paragraph[], focus: number | null): ParagraphWindow {
  const [state, setState] = useState(() => ({ paragraphs, window: firstWindow(paragraphs, focus) }));
  let current = state;
  // A new report, or a paragraph asked for outside the window: start again around it (set during render, as React documents).
  if (state.paragraphs !== paragraphs || (focus !== null && (focus < state.window.from || focus >= state.window.to))) {
    current = { paragraphs, window: firstWindow(paragraphs, focus) };
    setState(current);
  }
  const slice = useRef({ chars: FIRST_SLICE_CHARS, startedAt: 0 });
  const { from, to } = current.window;
  useEffect(() => {
    if (from === 0 && to === paragraphs.length) return;
    // The next slice comes in a task after the next frame, when the browser has laid out and painted this one;
    // the time since this slice began (rendering, layout, paint) sizes the next to take about the target.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const now = performance.now();
        if (slice.current.startedAt !== 0) {
          const took = Math.max(1, now - slice.current.startedAt);
          slice.current.chars = Math.round(Math.min(MAX_SLICE_CHARS, Math.max(MIN_SLICE_CHARS, (slice.current.chars * SLICE_TARGET_MS) / took)));
        }
        slice.current.startedAt = now;
        setState((last) => {
          if (last.paragraphs !== paragraphs) return last;
          const { from, to } = last.window;
          const next = to < paragraphs.length ? { from, to: sliceEnd(paragraphs, to, slice.current.chars) } : { from: sliceStart(paragraphs, from, slice.current.chars), to };
          return { paragraphs, window: next };
        });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [from, to, paragraphs]);
  return current.window;
}
