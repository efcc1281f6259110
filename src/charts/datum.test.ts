import { describe, expect, it } from 'vitest';
import { keysOfOption } from './datum';

describe('keysOfOption', () => {
  it('lists the observation keys of every series, each once, in the order drawn', () => {
    const option = {
      series: [
        { type: 'bar', data: [{ value: 3, key: 'a/x' }, { value: '-' }, { value: 2, key: 'b/x' }] },
        { type: 'bar', data: [{ value: 1, key: 'a/x' }, 7, null, { value: 4, key: 'c/y' }] },
        { type: 'scatter' },
      ],
    };
    expect(keysOfOption(option)).toEqual(['a/x', 'b/x', 'c/y']);
  });

  it('reads a single series given as an object, and an option without series', () => {
    expect(keysOfOption({ series: { data: [{ value: 1, key: 'd/z' }] } })).toEqual(['d/z']);
    expect(keysOfOption({})).toEqual([]);
  });
});
