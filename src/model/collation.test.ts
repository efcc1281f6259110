import { describe, expect, it } from 'vitest';
import { collationPlaces } from './collation';

describe('collationPlaces', () => {
  it('places names as localeCompare(…, "zh") orders them, and names it finds equal in one place', () => {
    const names = ['武江区', '浈江区', '曲江区', '北京市', '北京市\u200b', 'é区', 'e\u0301区', '\u00ad曲江区', '南山区', '武江区'];
    const places = collationPlaces(names);
    expect(places.size).toBe(9);
    for (const a of names) for (const b of names) expect(Math.sign(places.get(a)! - places.get(b)!), `${a} / ${b}`).toBe(Math.sign(a.localeCompare(b, 'zh')));
  });
});
