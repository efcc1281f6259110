import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './whenIdle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the work in an idle callback with its time limit, and cancels it', () => {
    const cancelled: number[] = [];
    let given: { work: () => void; timeout?: number } | undefined;
    vi.stubGlobal('requestIdleCallback', (work: () => void, options?: { timeout?: number }) => ((given = { work, timeout: options?.timeout }), 7));
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const work = vi.fn();
    const cancel = whenIdle(work, 3000);
    expect(given?.timeout).toBe(3000);
    given!.work();
    expect(work).toHaveBeenCalledOnce();
    cancel();
    expect(cancelled).toEqual([7]);
  });

  it('runs the work a moment later where there are no idle callbacks, unless cancelled', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestIdleCallback', undefined);
    const first = vi.fn();
    const second = vi.fn();
    whenIdle(first);
    whenIdle(second)();
    vi.advanceTimersByTime(100);
    expect(first).toHaveBeenCalledOnce();
    expect(second).not.toHaveBeenCalled();
  });
});
