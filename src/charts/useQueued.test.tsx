// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chartQueue } from './chartQueue';
import { useAfterCharts, useQueued, type Plan } from './useQueued';

function planOf(value: string, steps: string[], ran: string[]): Plan<string> {
  return { steps: steps.map((step) => () => void ran.push(step)), read: () => value };
}

describe('useQueued', () => {
  it('reads a plan with nothing left to compute in the render itself', () => {
    const { result } = renderHook(() => useQueued(planOf('ready', [], [])));
    expect(result.current).toBe('ready');
  });

  it('runs the steps in later tasks, in order, then gives the value', async () => {
    const ran: string[] = [];
    const plan = planOf('drawn', ['compare', 'draw'], ran);
    const { result } = renderHook(() => useQueued(plan));
    expect(result.current).toBeUndefined();
    expect(ran).toEqual([]);
    await waitFor(() => expect(result.current).toBe('drawn'));
    expect(ran).toEqual(['compare', 'draw']);
  });

  it('keeps the former value until the steps of a new plan have run, and runs each plan once', async () => {
    const ran: string[] = [];
    const first = planOf('2022', ['2022'], ran);
    const { result, rerender } = renderHook(({ plan }) => useQueued(plan, true), { initialProps: { plan: first } });
    await waitFor(() => expect(result.current).toBe('2022'));
    const second = planOf('2023', ['2023'], ran);
    rerender({ plan: second });
    expect(result.current).toBe('2022');
    await waitFor(() => expect(result.current).toBe('2023'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(ran).toEqual(['2022', '2023']);
  });

  it('drops the steps of a plan replaced before they ran', async () => {
    const ran: string[] = [];
    const { result, rerender } = renderHook(({ plan }) => useQueued(plan), { initialProps: { plan: planOf('old', ['old'], ran) } });
    rerender({ plan: planOf('new', ['new'], ran) });
    await waitFor(() => expect(result.current).toBe('new'));
    expect(ran).toEqual(['new']);
  });
});

describe('useQueued: a step that fails', () => {
  it('throws its error in the render, where an error boundary can show it', async () => {
    const plan: Plan<string> = {
      steps: [
        () => {
          throw new Error('no such indicator');
        },
      ],
      read: () => 'never',
    };
    const errors: unknown[] = [];
    const { result } = renderHook(() => {
      try {
        return useQueued(plan);
      } catch (error) {
        errors.push(error);
        return 'failed';
      }
    });
    await waitFor(() => expect(result.current).toBe('failed'));
    expect(String(errors[0])).toContain('no such indicator');
  });
});

describe('useAfterCharts', () => {
  it('gives the initial value, then the value once the charts queued before it are drawn', async () => {
    const drawn: string[] = [];
    chartQueue.add(() => drawn.push('chart'));
    const { result } = renderHook(() => {
      const value = useAfterCharts('2023', 'none');
      if (value === '2023') drawn.push('coverage');
      return value;
    });
    expect(result.current).toBe('none');
    await waitFor(() => expect(result.current).toBe('2023'));
    expect(drawn[0]).toBe('chart');
    expect(drawn).toContain('coverage');
  });
});
