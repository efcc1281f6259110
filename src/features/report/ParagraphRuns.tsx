/**
 * A report's paragraphs from..to, rendered in runs of RUN_PARAGRAPHS. Each run is rendered again only when
 * its own range or the way a paragraph is rendered changes, so a window that grows a slice per task
 * renders the slice, not every paragraph before it again.
 */
import { memo, type ReactNode } from 'react';
import type { Paragraph } from '../../data/paragraphs';

const RUN_PARAGRAPHS = 100;

interface RunProps {
  paragraphs: readonly Paragraph[];
  from: number;
  to: number;
  render: (paragraph: Paragraph) => ReactNode;
}

const ParagraphRun = memo(function ParagraphRun({ paragraphs, from, to, render }: RunProps) {
  return <div className="para-run">{paragraphs.slice(from, to).map(render)}</div>;
});

/** The runs of from..to, cut at multiples of RUN_PARAGRAPHS: a run inside the window keeps its range as the window grows. */
export function runsOf(from: number, to: number): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (let start = from; start < to; start = (Math.floor(start / RUN_PARAGRAPHS) + 1) * RUN_PARAGRAPHS) {
    runs.push({ from: start, to: Math.min(to, (Math.floor(start / RUN_PARAGRAPHS) + 1) * RUN_PARAGRAPHS) });
  }
  return runs;
}

export function ParagraphRuns({ from, to, ...rest }: RunProps) {
  return (
    <>
      {runsOf(from, to).map((run) => (
        <ParagraphRun key={Math.floor(run.from / RUN_PARAGRAPHS)} from={run.from} to={run.to} {...rest} />
      ))}
    </>
  );
}
