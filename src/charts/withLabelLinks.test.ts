import { describe, expect, it } from 'vitest';
import { labelOfEvent, withLabelLinks } from './withLabelLinks';

describe('withLabelLinks', () => {
  it('turns on label events on category axes only, leaving the option given unchanged', () => {
    const option = { yAxis: { type: 'category', data: ['武江区 2020'] }, xAxis: { type: 'value' } };
    expect(withLabelLinks(option)).toEqual({ yAxis: { type: 'category', data: ['武江区 2020'], triggerEvent: true }, xAxis: { type: 'value' } });
    expect(option.yAxis).not.toHaveProperty('triggerEvent');
  });

  it('reads arrays of axes, and an option without axes', () => {
    expect(withLabelLinks({ xAxis: [{ type: 'category' }, { type: 'value' }] }).xAxis).toEqual([{ type: 'category', triggerEvent: true }, { type: 'value' }]);
    expect(withLabelLinks({ series: [] })).toEqual({ series: [], xAxis: undefined, yAxis: undefined });
  });
});

describe('labelOfEvent', () => {
  it('gives the label of a click on an axis label, and nothing for a click on a bar', () => {
    expect(labelOfEvent({ componentType: 'yAxis', targetType: 'axisLabel', value: '武江区 2020', dataIndex: 3 })).toBe('武江区 2020');
    expect(labelOfEvent({ componentType: 'series', data: { key: 'a/b' }, value: 3 })).toBeUndefined();
  });
});
