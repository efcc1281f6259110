/**
 * Charts are drawn one per task. A screen mounts or updates all its charts in one React commit; drawn
 * there, or in the one animation frame ECharts would otherwise use, eight national rankings hold the
 * page for a third of a second. Queued, each chart is drawn in a task of its own, in the order asked
 * (the first chart on the screen first), and the page can paint and answer input between them.
 */

/** Runs `run` in a later task. */
export type PostTask = (run: () => void) => void;

export interface TaskQueue {
  /**
   * Queues `job`; the returned function takes it out again if it has not run yet. A job queued `later`
   * (what follows a drawing: its values, the brief) waits until no other job is waiting.
   */
  add(job: () => unknown, later?: boolean): () => void;
  /**
   * Holds the later jobs back until the returned function is called: a chart whose drawing is still being
   * worked out will queue its drawing in a moment, and what follows the charts must not run before it.
   */
  hold(): () => void;
}

/**
 * A queue running jobs first in first out, in tasks posted with `post`: in one task, jobs one after the
 * other until `budgetMs` have passed (0: one job per task), each task painting at most once, or a single
 * later job (so that what a job's drawing queues next comes before them). A job that returns a promise
 * holds the queue until it settles (a chart whose drawing finishes in a later frame). A job that throws
 * or rejects does not stop the rest. While anything holds the queue (`hold`), later jobs wait.
 */
export function createTaskQueue(post: PostTask, budgetMs = 0, now: () => number = () => performance.now()): TaskQueue {
  type Job = { run: () => unknown };
  const jobs: Job[] = [];
  const laterJobs: Job[] = [];
  let posted = false;
  let waiting = false;
  let holds = 0;
  const schedule = () => {
    if (posted || waiting || (jobs.length === 0 && (laterJobs.length === 0 || holds > 0))) return;
    posted = true;
    post(pump);
  };
  /** Runs a job; true if it holds the queue until its promise settles. */
  const run = (job: Job | undefined): boolean => {
    const result = job?.run();
    if (!(result instanceof Promise)) return false;
    waiting = true;
    const resume = () => {
      waiting = false;
      schedule();
    };
    result.then(resume, resume);
    return true;
  };
  function pump() {
    posted = false;
    const started = now();
    try {
      if (jobs.length === 0) {
        if (holds === 0) run(laterJobs.shift());
      } else while (!run(jobs.shift()) && jobs.length > 0 && now() - started < budgetMs);
    } finally {
      schedule();
    }
  }
  return {
    add(job, later = false) {
      const entry = { run: job };
      const list = later ? laterJobs : jobs;
      list.push(entry);
      schedule();
      return () => {
        const at = list.indexOf(entry);
        if (at >= 0) list.splice(at, 1);
      };
    },
    hold() {
      holds++;
      let held = true;
      return () => {
        if (!held) return;
        held = false;
        holds--;
        schedule();
      };
    },
  };
}

/**
 * A task as soon as the page can run one: a message to itself is not clamped to 4 ms as nested timers
 * are, and lets the browser paint or handle input first when it needs to.
 */
export function postMessageTask(): PostTask {
  if (typeof MessageChannel === 'undefined') return (run) => setTimeout(run, 0);
  // Opened on first use, so merely importing a chart opens no channel.
  let channel: MessageChannel | undefined;
  const waiting: (() => void)[] = [];
  return (run) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(run);
    channel.port2.postMessage(null);
  };
}

/**
 * How long a task of the chart queue runs jobs: short enough that the page answers input in time, long
 * enough that eight charts are not eight frames painted apiece (a national overview paints in ~15 ms).
 */
export const CHART_TASK_BUDGET_MS = 40;

/** The queue every chart of the page draws in. */
export const chartQueue: TaskQueue = createTaskQueue(postMessageTask(), CHART_TASK_BUDGET_MS);
