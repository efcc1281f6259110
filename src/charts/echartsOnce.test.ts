// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { echartsOnce } from './echartsOnce';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);
// jsdom has no canvas to measure text with.
echarts.setPlatformAPI({ measureText: (text = '') => ({ width: text.length * 7 }) });

const SVG = { renderer: 'svg' as const, width: 300, height: 200 };
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const elements: HTMLElement[] = [];

function element(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  elements.push(div);
  return div;
}

afterEach(() => {
  for (const div of elements.splice(0)) echarts.getInstanceByDom(div)?.dispose();
});

describe('echartsOnce', () => {
  it('keeps a chart disposed of and initialised again at once on the same element (echarts-for-react’s second init)', async () => {
    const div = element();
    const first = echartsOnce.init(div, undefined, SVG);
    echartsOnce.dispose(div);
    const second = echartsOnce.init(div, undefined, { ...SVG, width: 320 });
    expect(second).toBe(first);
    await settle();
    expect(first.isDisposed()).toBeFalsy();
    expect(echarts.getInstanceByDom(div)).toBe(first);
  });

  it('disposes of a chart when no init follows (the component unmounted)', async () => {
    const div = element();
    const chart = echartsOnce.init(div, undefined, SVG);
    echartsOnce.dispose(div);
    expect(chart.isDisposed()).toBeFalsy();
    await settle();
    expect(chart.isDisposed()).toBe(true);
    expect(echarts.getInstanceByDom(div)).toBeUndefined();
  });

  it('makes a new chart when the theme or the renderer changes', async () => {
    const div = element();
    const chart = echartsOnce.init(div, undefined, SVG);
    echartsOnce.dispose(div);
    const dark = echartsOnce.init(div, 'dark', SVG);
    expect(dark).not.toBe(chart);
    expect(chart.isDisposed()).toBe(true);
    await settle();
    expect(echarts.getInstanceByDom(div)).toBe(dark);
    expect(dark.isDisposed()).toBeFalsy();
  });

  it('reports a new chart finished within the task that made it, once a listener is there', async () => {
    const div = element();
    const chart = echartsOnce.init(div, undefined, SVG);
    let finished = 0;
    chart.on('finished', () => {
      finished++;
    });
    expect(finished).toBe(0);
    await settle();
    expect(finished).toBe(1);
  });

  it('gives the tooltip a positioned container without computing the page’s styles on every update', () => {
    const div = element();
    const chart = echartsOnce.init(div, undefined, SVG);
    const option = (values: number[]) => ({
      tooltip: {},
      xAxis: { type: 'category', data: values.map(String) },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: values }],
    });
    const computed = vi.spyOn(window, 'getComputedStyle');
    chart.setOption(option([1, 2, 3]));
    chart.setOption(option([3, 1]));
    expect(computed.mock.calls.filter(([element]) => element === div)).toEqual([]);
    computed.mockRestore();
    expect(div.style.position).toBe('relative');
  });

  it('tells the chart’s size as the element’s until the second init, then gives the element its own back', () => {
    const div = element();
    const chart = echartsOnce.init(div, undefined, SVG);
    // echarts-for-react reads these before initialising again; jsdom lays nothing out, so its own are 0.
    expect([div.clientWidth, div.clientHeight]).toEqual([300, 200]);
    echartsOnce.dispose(div);
    expect(echartsOnce.init(div, undefined, { ...SVG, width: div.clientWidth, height: div.clientHeight })).toBe(chart);
    expect([div.clientWidth, div.clientHeight]).toEqual([0, 0]);
    expect(Object.getOwnPropertyDescriptor(div, 'clientWidth')).toBeUndefined();
  });

  it('lets go of echarts-for-react’s listener once the second init has answered it', async () => {
    const div = element();
    const chart = echartsOnce.init(div, undefined, SVG);
    let finished = 0;
    chart.on('finished', () => {
      finished++;
      echartsOnce.dispose(div);
      echartsOnce.init(div, undefined, SVG);
    });
    await settle();
    expect(finished).toBe(1);
    chart.setOption({});
    chart.getZr().flush();
    await settle();
    expect(finished).toBe(1);
  });
});
