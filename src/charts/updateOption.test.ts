import { describe, expect, it } from 'vitest';
import { updateOption } from './updateOption';
import { withPatterns } from './withPatterns';

describe('updateOption', () => {
  const option = { aria: { enabled: true, label: { description: 'ranking' } }, series: [{ type: 'bar', data: [1] }] };

  it('says decals are off when patterns are off, so a merge turns off the decals drawn before', () => {
    const next = updateOption(option, true) as { aria: { decal: { show: boolean }; label: { description: string } } };
    expect(next.aria.decal.show).toBe(false);
    expect(next.aria.label.description).toBe('ranking');
  });

  it('keeps decals on when patterns are on', () => {
    const next = updateOption(withPatterns(option, true), true) as { aria: { decal: { show: boolean } } };
    expect(next.aria.decal.show).toBe(true);
  });

  it('says whether the update animates, both ways', () => {
    expect(updateOption(option, false).animation).toBe(false);
    expect(updateOption(option, true).animation).toBe(true);
  });

  it('leaves the option it was given as it was', () => {
    const before = JSON.stringify(option);
    updateOption(option, false);
    expect(JSON.stringify(option)).toBe(before);
    expect(updateOption(option, true).series).toBe(option.series);
  });

  it('keeps a tooltip in the chart\'s own element, said outright, and adds none to a chart without one', () => {
    const element = {} as HTMLElement;
    const next = updateOption({ ...option, tooltip: { trigger: 'item' } }, true) as {
      tooltip: { trigger: string; appendTo: (chart: HTMLElement) => HTMLElement };
    };
    expect(next.tooltip.trigger).toBe('item');
    expect(next.tooltip.appendTo(element)).toBe(element);
    expect(updateOption(option, true).tooltip).toBeUndefined();
  });
});
