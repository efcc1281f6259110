import { describe, expect, it } from 'vitest';
import { createTaskQueue, postMessageTask } from './chartQueue';

/** A fake task loop: tasks wait until `next()` runs the oldest. */
function fakeTasks() {
  const tasks: (() => void)[] = [];
  return {
    post: (run: () => void) => void tasks.push(run),
    pending: () => tasks.length,
    next: () => tasks.shift()!(),
  };
}

describe('createTaskQueue', () => {
  it('keeps later jobs back while held, and runs them once every hold is released', () => {
    const tasks = fakeTasks();
    const queue = createTaskQueue(tasks.post);
    const ran: string[] = [];
    const first = queue.hold();
    const second = queue.hold();
    queue.add(() => ran.push('values'), true);
    expect(tasks.pending()).toBe(0);
    queue.add(() => ran.push('drawing'));
    tasks.next();
    expect(ran).toEqual(['drawing']);
    expect(tasks.pending()).toBe(0);
    first();
    first();
    expect(tasks.pending()).toBe(0);
    second();
    expect(tasks.pending()).toBe(1);
    tasks.next();
    expect(ran).toEqual(['drawing', 'values']);
  });

  it('runs one job per task, in the order the jobs were added', () => {
    const tasks = fakeTasks();
    const queue = createTaskQueue(tasks.post);
    const ran: string[] = [];
    queue.add(() => ran.push('first'));
    queue.add(() => ran.push('second'));
    queue.add(() => ran.push('third'));
    expect(ran).toEqual([]);
    expect(tasks.pending()).toBe(1);
    tasks.next();
    expect(ran).toEqual(['first']);
    tasks.next();
    expect(ran).toEqual(['first', 'second']);
    tasks.next();
    expect(ran).toEqual(['first', 'second', 'third']);
    expect(tasks.pending()).toBe(0);
  });

  it("holds the queue while a job's promise is pending, then goes on, also after a rejection", async () => {
    const tasks = fakeTasks();
    const queue = createTaskQueue(tasks.post, 1000);
    const ran: string[] = [];
    let finish: () => void = () => {};
    let fail: () => void = () => {};
    queue.add(() => {
      ran.push('drawing');
      return new Promise<void>((resolve) => (finish = resolve));
    });
    queue.add(() => {
      ran.push('second drawing');
      return new Promise<void>((_resolve, reject) => (fail = () => reject(new Error('lost'))));
    });
    queue.add(() => void ran.push('values'), true);
    tasks.next();
    // A generous budget, yet the second job waits for the first one's drawing.
    expect(ran).toEqual(['drawing']);
    expect(tasks.pending()).toBe(0);
    finish();
    await Promise.resolve();
    expect(tasks.pending()).toBe(1);
    tasks.next();
    expect(ran).toEqual(['drawing', 'second drawing']);
    fail();
    await Promise.resolve();
    await Promise.resolve();
    tasks.next();
    expect(ran).toEqual(['drawing', 'second drawing', 'values']);
  });

  it('skips a job taken out before it ran, and posts nothing once the queue is empty', () => {
    const tasks = fakeTasks();
    const queue = createTaskQueue(tasks.post);
    const ran: string[] = [];
    queue.add(() => ran.push('kept'));
    const cancel = queue.add(() => ran.push('cancelled'));
    queue.add(() => ran.push('last'));
    cancel();
    tasks.next();
    tasks.next();
    expect(ran).toEqual(['kept', 'last']);
    expect(tasks.pending()).toBe(0);
  });

  it('goes on with the next job when one throws', () => {
    const tasks = fakeTasks();
    const queue = createTaskQueue(tasks.post);
    const ran: string[] = [];
    queue.add(() => {
      throw new Error('broken chart');
    });
    queue.add(() => ran.push('after'));
    expect(() => tasks.next()).toThrow('broken chart');
    tasks.next();
    expect(ran).toEqual(['after']);
  });

  it('queues a job added while another runs behind the jobs already waiting', () => {
    const tasks = fakeTasks();
    const queue = createTaskQueue(tasks.post);
    const ran: string[] = [];
    queue.add(() => {
      ran.push('a');
      queue.add(() => ran.push('c'));
    });
    queue.add(() => ran.push('b'));
    while (tasks.pending() > 0) tasks.next();
    expect(ran).toEqual(['a', 'b', 'c']);
  });
});

describe('createTaskQueue: jobs queued later', () => {
  it('runs a later job only once no other job waits, even one queued after it', () => {
    const tasks = fakeTasks();
    const queue = createTaskQueue(tasks.post);
    const ran: string[] = [];
    queue.add(() => ran.push('values'), true);
    queue.add(() => ran.push('chart 1'));
    queue.add(() => {
      ran.push('chart 2');
      queue.add(() => ran.push('chart 2 redrawn'));
    });
    queue.add(() => ran.push('brief'), true);
    while (tasks.pending() > 0) tasks.next();
    expect(ran).toEqual(['chart 1', 'chart 2', 'chart 2 redrawn', 'values', 'brief']);
  });

  it('takes a later job out when asked', () => {
    const tasks = fakeTasks();
    const queue = createTaskQueue(tasks.post);
    const ran: string[] = [];
    const cancel = queue.add(() => ran.push('values'), true);
    queue.add(() => ran.push('chart'));
    cancel();
    while (tasks.pending() > 0) tasks.next();
    expect(ran).toEqual(['chart']);
  });
});

describe('createTaskQueue: a time budget per task', () => {
  it('runs jobs in one task until the budget is spent, then goes on in the next task', () => {
    const tasks = fakeTasks();
    let clock = 0;
    const queue = createTaskQueue(tasks.post, 30, () => clock);
    const ran: string[] = [];
    for (const [name, cost] of [
      ['a', 10],
      ['b', 15],
      ['c', 10],
      ['d', 40],
      ['e', 5],
    ] as const) {
      queue.add(() => {
        ran.push(name);
        clock += cost;
      });
    }
    tasks.next();
    expect(ran).toEqual(['a', 'b', 'c']);
    tasks.next();
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
    tasks.next();
    expect(ran).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(tasks.pending()).toBe(0);
  });

  it('runs a later job in a task of its own, after the task of the other jobs', () => {
    const tasks = fakeTasks();
    const queue = createTaskQueue(tasks.post, 1000, () => 0);
    const ran: string[] = [];
    queue.add(() => ran.push('values'), true);
    queue.add(() => ran.push('chart 1'));
    queue.add(() => ran.push('chart 2'));
    queue.add(() => ran.push('brief'), true);
    tasks.next();
    expect(ran).toEqual(['chart 1', 'chart 2']);
    tasks.next();
    expect(ran).toEqual(['chart 1', 'chart 2', 'values']);
    tasks.next();
    expect(ran).toEqual(['chart 1', 'chart 2', 'values', 'brief']);
  });
});

describe('postMessageTask', () => {
  it('runs posted functions later, in order', async () => {
    const post = postMessageTask();
    const ran: number[] = [];
    const done = new Promise<void>((resolve) => {
      post(() => ran.push(1));
      post(() => {
        ran.push(2);
        resolve();
      });
    });
    expect(ran).toEqual([]);
    await done;
    expect(ran).toEqual([1, 2]);
  });
});
