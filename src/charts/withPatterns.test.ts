import { describe, expect, it } from 'vitest';
import { withPatterns } from './withPatterns';

describe('withPatterns', () => {
  const option = { aria: { enabled: true, label: { description: 'ranking' } }, series: [] };

  it('shows decals and keeps the aria description', () => {
    const patterned = withPatterns(option, true) as {
      aria: { decal: { show: boolean }; label: { description: string } };
    };
    expect(patterned.aria.decal.show).toBe(true);
    expect(patterned.aria.label.description).toBe('ranking');
  });

  it('leaves the option untouched when patterns are off', () => {
    expect(withPatterns(option, false)).toBe(option);
  });
});
