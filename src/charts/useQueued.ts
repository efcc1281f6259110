/**
 * A value worked out in the chart queue's tasks instead of in React's render (see charts/chartQueue):
 * across the country one comparison goes through 2,850 reports, and the eight of the overview in one
 * render held the page for half a second. A plan says what is left to compute (its steps, each run in a
 * task of its own, after the steps already queued) and how to read the value once they have run.
 */
import { useEffect, useMemo, useState } from 'react';
import { chartQueue } from './chartQueue';

export interface Plan<T> {
  /** What is left to compute; empty when the value can be read at once (small data, or computed before). */
  steps: (() => void)[];
  /** The value, cheap to read once the steps have run. */
  read: () => T;
}

/** Up to this many reports, a value is computed in the render, as it always was: it takes a moment. */
export const QUEUE_ABOVE_REPORTS = 200;

/**
 * The value of `plan` (memoize it on its inputs). With steps left, the value of the last plan worked out
 * is kept meanwhile (a chart keeps its drawing until the new one is ready), or undefined at first.
 * `laterOnceShown`: once a value is shown, a new one is worked out after the charts (chartQueue's later jobs).
 */
export function useQueued<T>(plan: Plan<T>, laterOnceShown = false): T | undefined {
  const [done, setDone] = useState<{ plan: Plan<T>; value: T } | { plan: Plan<T>; error: unknown }>();
  const now = useMemo(() => (plan.steps.length === 0 ? { value: plan.read() } : undefined), [plan]);
  const later = laterOnceShown && done !== undefined;
  const finished = done?.plan === plan;
  useEffect(() => {
    if (plan.steps.length === 0 || finished) return;
    // What follows the charts waits until this value is shown (and a chart drawing it has queued its
    // drawing): released in the commit that shows it, or when the plan is dropped.
    const release = later ? undefined : chartQueue.hold();
    let failed = false;
    // A step that fails is thrown again in the render, where the screen's error boundary shows it.
    const run = (step: () => void) => () => {
      if (failed) return;
      try {
        step();
      } catch (error) {
        failed = true;
        setDone({ plan, error });
      }
    };
    const cancels = plan.steps.map((step) => chartQueue.add(run(step), later));
    cancels.push(chartQueue.add(run(() => setDone({ plan, value: plan.read() })), later));
    return () => {
      cancels.forEach((cancel) => cancel());
      release?.();
    };
  }, [plan, later, finished]);
  if (done && 'error' in done && done.plan === plan) throw done.error;
  return now ? now.value : done && 'value' in done ? done.value : undefined;
}

/**
 * `value` once the charts are drawn: what follows a change after the charts (the coverage, the findings,
 * a family's table) waits for the chart queue's later jobs rather than rendering between the charts.
 */
export function useAfterCharts<T>(value: T, initial: T): T {
  const [shown, setShown] = useState<{ value: T }>({ value: initial });
  useEffect(() => {
    if (Object.is(shown.value, value)) return;
    return chartQueue.add(() => setShown({ value }), true);
  }, [value, shown]);
  return shown.value;
}
