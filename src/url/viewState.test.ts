import { describe, it, expect } from 'vitest';
import {
  DEFAULT_VIEW,
  FAMILY_DOMAINS,
  FAMILY_SLUGS,
  isFamilyDomain,
  parseHash,
  parseRoute,
  routePath,
  serialiseHash,
  type Route,
  type ViewState,
} from './viewState';

const view = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...change });

const ALL_ROUTES: Route[] = [
  { name: 'overview' },
  ...FAMILY_DOMAINS.map((domain): Route => ({ name: 'family', domain })),
  { name: 'report', reportId: '2020-guangdong-shaoguan-wujiang' },
  { name: 'data' },
  { name: 'files' },
  { name: 'curate' },
  { name: 'present', slide: 1 },
  { name: 'present', slide: 3 },
  { name: 'district', adminCode: '440203' },
];

describe('serialiseHash / parseHash round-trips', () => {
  it.each(ALL_ROUTES.map((route) => [JSON.stringify(route), route] as const))('keeps the route %s', (_, route) => {
    const state = view({ route });
    expect(parseHash(serialiseHash(state))).toEqual(state);
  });

  it('writes each route as the address users see', () => {
    expect(serialiseHash(view({ route: { name: 'overview' } }))).toBe('#/');
    expect(serialiseHash(view({ route: { name: 'data' } }))).toBe('#/data');
    expect(serialiseHash(view({ route: { name: 'files' } }))).toBe('#/files');
    expect(serialiseHash(view({ route: { name: 'curate' } }))).toBe('#/curate');
    expect(serialiseHash(view({ route: { name: 'family', domain: 'enforcement_training' } }))).toBe('#/training');
    expect(serialiseHash(view({ route: { name: 'family', domain: 'mediation' } }))).toBe('#/mediation');
    expect(serialiseHash(view({ route: { name: 'report', reportId: '2022-jiangxi-ganzhou-zhanggong' } }))).toBe(
      '#/reports/2022-jiangxi-ganzhou-zhanggong',
    );
  });

  it('leaves every parameter at its default out of the address', () => {
    expect(serialiseHash(DEFAULT_VIEW)).toBe('#/');
    expect(parseHash(serialiseHash(DEFAULT_VIEW))).toEqual(DEFAULT_VIEW);
  });

  const PARAMETER_CASES: [string, Partial<ViewState>][] = [
    ['year all', { year: 'all' }],
    ['a numeric year', { year: 2022 }],
    ['a Chinese province', { province: '广东省' }],
    ['a province with URL metacharacters', { province: 'a&b=c?d#e/f,g%h+i j' }],
    ['one district', { districts: ['440203'] }],
    ['several districts in their order', { districts: ['440114', '440203', '360702'] }],
    ['an indicator', { indicator: 'mediation_success_rate' }],
    ['per capita', { perCapita: true }],
    ['a source key', { source: '2020-guangdong-shaoguan-wujiang/mediation_cases' }],
    ['paragraph 0', { paragraph: 0 }],
    ['a paragraph', { paragraph: 42 }],
  ];

  it.each(PARAMETER_CASES)('keeps %s', (_, change) => {
    const state = view(change);
    const hash = serialiseHash(state);
    expect(hash).not.toBe('#/');
    expect(parseHash(hash)).toEqual(state);
  });

  it('reads the language, and falls back to Chinese for an unknown one', () => {
    expect(parseHash('#/?lang=en').lang).toBe('en');
    expect(parseHash('#/?lang=fr').lang).toBe('zh');
    expect(serialiseHash({ ...DEFAULT_VIEW, lang: 'zh' })).toBe('#/');
    expect(serialiseHash({ ...DEFAULT_VIEW, lang: 'en' })).toBe('#/?lang=en');
  });

  it('keeps every parameter at once, on every route', () => {
    for (const route of ALL_ROUTES) {
      const state: ViewState = {
        route,
        year: 2020,
        province: '江西省',
        districts: ['360702', '522301'],
        indicator: 'litigation_cases',
        perCapita: true,
        trend: true,
        patterns: true,
        source: '2022-jiangxi-ganzhou-zhanggong/litigation_cases',
        paragraph: 7,
        lang: 'en',
      };
      expect(parseHash(serialiseHash(state))).toEqual(state);
    }
  });

  it('writes district lists with plain commas and source keys with a plain slash', () => {
    const hash = serialiseHash(
      view({ districts: ['440203', '440114'], source: '2020-a-b/mediation_cases', perCapita: true }),
    );
    expect(hash).toBe('#/?districts=440203,440114&pc=1&source=2020-a-b/mediation_cases');
  });

  it('percent-encodes a province so it cannot break the query', () => {
    const hash = serialiseHash(view({ province: 'a&year=2020' }));
    expect(hash).toBe('#/?province=a%26year%3D2020');
    expect(parseHash(hash).year).toBe('latest');
    expect(parseHash(hash).province).toBe('a&year=2020');
  });
});

describe('the district profile route', () => {
  it('writes and reads a district by its admin code', () => {
    expect(serialiseHash(view({ route: { name: 'district', adminCode: '440203' }, lang: 'en' }))).toBe('#/districts/440203?lang=en');
    expect(parseHash('#/districts/522301?year=2020').route).toEqual({ name: 'district', adminCode: '522301' });
  });

  it.each(['#/districts', '#/districts/44020', '#/districts/4402031', '#/districts/abcdef', '#/districts/440203/x', '#/districts/%3Cb%3E'])(
    'falls back to the overview on %s',
    (hash) => {
      expect(parseHash(hash).route).toEqual({ name: 'overview' });
    },
  );
});

describe('the trend view', () => {
  it('is in the address as trend=1, and off for any other value', () => {
    expect(serialiseHash(view({ route: { name: 'family', domain: 'mediation' }, trend: true }))).toBe('#/mediation?trend=1');
    expect(parseHash('#/mediation?trend=1').trend).toBe(true);
    expect(parseHash('#/mediation?trend=yes').trend).toBe(false);
    expect(parseHash('#/mediation').trend).toBe(false);
  });
});

describe('the presentation route', () => {
  it('writes the slide number after the route, and leaves slide 1 out', () => {
    expect(serialiseHash(view({ route: { name: 'present', slide: 1 } }))).toBe('#/present');
    expect(serialiseHash(view({ route: { name: 'present', slide: 3 } }))).toBe('#/present?slide=3');
    expect(serialiseHash(view({ route: { name: 'present', slide: 12 }, year: 2020, lang: 'en' }))).toBe(
      '#/present?slide=12&year=2020&lang=en',
    );
  });

  it('reads the slide with the usual filters', () => {
    expect(parseHash('#/present?year=2020&slide=3&districts=440203&pc=1')).toEqual(
      view({ route: { name: 'present', slide: 3 }, year: 2020, districts: ['440203'], perCapita: true }),
    );
  });

  it.each(['0', '-1', '1.5', 'abc', '', '10000', '03', ' 3'])('reads slide=%s as the first slide', (slide) => {
    expect(parseHash(`#/present?slide=${encodeURIComponent(slide)}`).route).toEqual({ name: 'present', slide: 1 });
  });

  it('ignores a slide number on other routes, and drops it when leaving the presentation', () => {
    expect(parseHash('#/mediation?slide=3').route).toEqual({ name: 'family', domain: 'mediation' });
    const leaving = { ...parseHash('#/present?slide=5&year=2020'), route: { name: 'overview' } as Route };
    expect(serialiseHash(leaving)).toBe('#/?year=2020');
  });

  it('falls back to the overview on a presentation route with extra segments', () => {
    expect(parseHash('#/present/3').route).toEqual({ name: 'overview' });
  });
});

describe('parseHash reads addresses', () => {
  it('reads a full address', () => {
    expect(parseHash('#/mediation?year=2020&districts=440203,440114&pc=1&pat=1')).toEqual(
      view({
        route: { name: 'family', domain: 'mediation' },
        year: 2020,
        districts: ['440203', '440114'],
        perCapita: true,
        patterns: true,
      }),
    );
  });

  it('reads the hash with or without its leading #', () => {
    expect(parseHash('/data?year=all')).toEqual(parseHash('#/data?year=all'));
    expect(parseHash('/data?year=all')).toEqual(view({ route: { name: 'data' }, year: 'all' }));
  });

  it('reads the empty hash as the default view', () => {
    expect(parseHash('')).toEqual(DEFAULT_VIEW);
    expect(parseHash('#')).toEqual(DEFAULT_VIEW);
  });

  it('decodes a percent-encoded province and + as a space', () => {
    expect(parseHash('#/?province=%E5%B9%BF%E4%B8%9C%E7%9C%81').province).toBe('广东省');
    expect(parseHash('#/?province=a+b').province).toBe('a b');
  });

  it('reads a percent-encoded report id', () => {
    expect(parseRoute('/reports/2020-a%2Db')).toEqual({ name: 'report', reportId: '2020-a-b' });
  });
});

describe('parseHash is lenient', () => {
  it.each([
    ['an unknown route', '#/nowhere'],
    ['the domain id instead of its slug', '#/enforcement_training'],
    ['reports without an id', '#/reports'],
    ['a report id that is not one', '#/reports/BAD%20ID'],
    ['a report route with extra segments', '#/reports/2020-a-b/extra'],
    ['a family route with extra segments', '#/mediation/extra'],
    ['data with extra segments', '#/data/extra'],
    ['a bad percent-encoding in a report id', '#/reports/%E0%A4%A'],
  ])('falls back to the overview on %s', (_, hash) => {
    expect(parseHash(hash).route).toEqual({ name: 'overview' });
  });

  it.each(['20201', '1899', '2100', 'abc', '', '2020.0', ' 2020', 'ALL'])('reads year=%s as latest', (year) => {
    expect(parseHash(`#/?year=${year}`).year).toBe('latest');
  });

  it('keeps only well-formed, distinct district codes', () => {
    expect(parseHash('#/?districts=44020,abc,440203,440203,4402031,,440114').districts).toEqual(['440203', '440114']);
    expect(parseHash('#/?districts=').districts).toEqual([]);
  });

  it.each(['Mediation', '1abc', 'a-b', 'a b', '_x', ''])('drops indicator=%s', (indicator) => {
    expect(parseHash(`#/?indicator=${encodeURIComponent(indicator)}`).indicator).toBeNull();
  });

  it.each(['2020-x', '../../etc/passwd', '2020-a-b/Mediation', '2020-a-b/x/y', 'x/mediation_cases'])(
    'drops source=%s',
    (source) => {
      expect(parseHash(`#/?source=${source}`).source).toBeNull();
    },
  );

  it('drops a parameter with a bad percent-encoding and still reads the others', () => {
    const state = parseHash('#/data?province=%E0%A4%A&year=2020&indicator=%E0%A4%A&source=%&pc=1');
    expect(state).toEqual(view({ route: { name: 'data' }, year: 2020, perCapita: true }));
  });

  it('ignores a parameter whose name has a bad percent-encoding', () => {
    expect(parseHash('#/?%E0%A4%A=1&year=all')).toEqual(view({ year: 'all' }));
  });

  it('takes the first of duplicated parameters', () => {
    const state = parseHash('#/?year=2020&year=2021&province=甲省&province=乙省&pc=1&pc=0');
    expect(state.year).toBe(2020);
    expect(state.province).toBe('甲省');
    expect(state.perCapita).toBe(true);
  });

  it('rejects markup in the province', () => {
    expect(parseHash('#/?province=<script>alert(1)</script>').province).toBeNull();
    expect(parseHash(`#/?province=${encodeURIComponent('<img src=x>')}`).province).toBeNull();
  });

  it('rejects a province with a lone surrogate, which could not be written back into an address', () => {
    const state = parseHash('#/?province=\ud83d&year=2020');
    expect(state.province).toBeNull();
    expect(state.year).toBe(2020);
    expect(() => serialiseHash(state)).not.toThrow();
    expect(parseHash(`#/?province=${encodeURIComponent('😀省')}`).province).toBe('😀省');
  });

  it('rejects an over-long province and keeps one of 40 characters', () => {
    expect(parseHash(`#/?province=${'省'.repeat(41)}`).province).toBeNull();
    expect(parseHash(`#/?province=${'省'.repeat(40)}`).province).toBe('省'.repeat(40));
  });

  it('turns per capita on only for pc=1', () => {
    expect(parseHash('#/?pc=1').perCapita).toBe(true);
    for (const pc of ['0', 'true', 'yes', '']) expect(parseHash(`#/?pc=${pc}`).perCapita).toBe(false);
  });

  it('reads only paragraph numbers of up to five digits', () => {
    expect(parseHash('#/?p=12').paragraph).toBe(12);
    expect(parseHash('#/?p=0').paragraph).toBe(0);
    for (const p of ['-1', '123456', '1.5', 'x', '']) expect(parseHash(`#/?p=${p}`).paragraph).toBeNull();
  });

  it('ignores parts without a name or without =', () => {
    expect(parseHash('#/?=2020&year&&pc=1')).toEqual(view({ perCapita: true }));
  });
});

describe('routePath and family domains', () => {
  it('gives each family a slug that parses back to it', () => {
    for (const domain of FAMILY_DOMAINS) {
      expect(routePath({ name: 'family', domain })).toBe(`/${FAMILY_SLUGS[domain]}`);
      expect(parseRoute(`/${FAMILY_SLUGS[domain]}`)).toEqual({ name: 'family', domain });
    }
  });

  it('tells the four families from other domains', () => {
    expect(FAMILY_DOMAINS.every((domain) => isFamilyDomain(domain))).toBe(true);
    expect(isFamilyDomain('other')).toBe(false);
  });
});

/** mulberry32: a small seeded PRNG, so a failing case can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Single characters, including the URL metacharacters, markup, astral and lone-surrogate code units. */
const CHARS = [
  ...'#?&=%/,<>+ .-_:;\'"\\{}|[]()!*~`^$@\t\n',
  ...'abcxyzABCZ0123456789',
  '中',
  '省',
  '區',
  'é',
  'ß',
  '\u0000',
  '\u200b',
  '\ufeff',
  '😀',
  '\ud83d',
  '\ude00',
];
/** Fragments that make the random strings look like addresses often enough to reach every parameter. */
const TOKENS = [
  '#',
  '#/',
  '/',
  '?',
  '&',
  '=',
  ',',
  '%',
  '%2',
  '%E0%A4%A',
  '%E5%B9%BF',
  '%25',
  '%2C',
  '%2F',
  '%26',
  '%3D',
  '%ZZ',
  '+',
  'reports/',
  'reports',
  'data',
  'files',
  'curate',
  'mediation',
  'training',
  'litigation',
  'reconsideration',
  '2020-guangdong-a',
  '2022-x-y',
  'year=',
  'year=2020',
  'year=all',
  'year=1899',
  'province=',
  'province=广东省',
  'districts=',
  '440203',
  '44020',
  '440114,',
  'indicator=',
  'mediation_cases',
  'pc=',
  'pc=1',
  'source=',
  '2020-a-b/mediation_cases',
  'p=',
  'p=12',
  '99999',
  'present',
  'slide=3',
  'slide=0',
  '<script>',
  '{a|x}',
];

const ROUTES = [
  '',
  '/',
  '/data',
  '/mediation',
  '/training',
  '/litigation',
  '/reconsideration',
  '/reports/2020-guangdong-a',
  '/reports/',
  '/present',
  '/curate',
];
const PARAMETERS = ['year', 'province', 'districts', 'indicator', 'pc', 'source', 'p', 'slide'];
const GOOD_VALUES = [
  '2020',
  'all',
  '广东省',
  '%E5%B9%BF',
  '440203,440114',
  'mediation_cases',
  '1',
  '2020-a-b/mediation_cases',
  '12',
  '3',
];

function pick<T>(random: () => number, pool: readonly T[]): T {
  return pool[Math.floor(random() * pool.length)];
}

function soup(random: () => number, maxLength: number, tokens: boolean): string {
  const length = Math.floor(random() * maxLength);
  let text = '';
  for (let i = 0; i < length; i++) text += pick(random, tokens && random() < 0.7 ? TOKENS : CHARS);
  return text;
}

/** A random string: raw characters, a soup of address fragments, or an address with random parameter values. */
function randomString(random: () => number): string {
  const mode = random();
  if (mode < 0.25) return soup(random, 24, false);
  if (mode < 0.5) return soup(random, 16, true);
  let text = `${random() < 0.8 ? '#' : ''}${pick(random, ROUTES)}${random() < 0.3 ? soup(random, 4, true) : ''}?`;
  const count = Math.floor(random() * 7);
  for (let i = 0; i < count; i++) {
    const name = random() < 0.9 ? pick(random, PARAMETERS) : soup(random, 4, false);
    const value = random() < 0.5 ? pick(random, GOOD_VALUES) : soup(random, 8, random() < 0.5);
    text += `${i > 0 ? '&' : ''}${name}=${value}`;
  }
  return text;
}

const ROUTE_NAMES = new Set(['overview', 'family', 'report', 'data', 'files', 'curate', 'present']);

/** Asserts the shape every parsed view state must have, whatever the input. */
function expectWellFormed(state: ViewState, input: string): void {
  const where = JSON.stringify(input);
  expect(Object.keys(state).sort(), where).toEqual(Object.keys(DEFAULT_VIEW).sort());
  expect(ROUTE_NAMES.has(state.route.name), where).toBe(true);
  if (state.route.name === 'family') expect(FAMILY_DOMAINS, where).toContain(state.route.domain);
  if (state.route.name === 'report') expect(state.route.reportId, where).toMatch(/^[0-9]{4}-[a-z0-9-]+$/);
  if (state.route.name === 'present') {
    expect(Number.isInteger(state.route.slide) && state.route.slide >= 1 && state.route.slide <= 9999, where).toBe(true);
  }
  if (typeof state.year === 'number') {
    expect(Number.isInteger(state.year) && state.year >= 1900 && state.year <= 2099, where).toBe(true);
  } else {
    expect(['latest', 'all'], where).toContain(state.year);
  }
  if (state.province !== null) {
    expect(typeof state.province, where).toBe('string');
    expect(state.province.length > 0 && state.province.length <= 40, where).toBe(true);
    expect(state.province, where).not.toMatch(/[<>]/);
  }
  expect(Array.isArray(state.districts), where).toBe(true);
  for (const code of state.districts) expect(code, where).toMatch(/^[0-9]{6}$/);
  expect(new Set(state.districts).size, where).toBe(state.districts.length);
  if (state.indicator !== null) expect(state.indicator, where).toMatch(/^[a-z][a-z0-9_]*$/);
  expect(typeof state.perCapita, where).toBe('boolean');
  if (state.source !== null) expect(state.source, where).toMatch(/^[0-9]{4}-[a-z0-9-]+\/[a-z][a-z0-9_]*$/);
  if (state.paragraph !== null)
    expect(Number.isInteger(state.paragraph) && state.paragraph >= 0 && state.paragraph <= 99999, where).toBe(true);
}

describe('parseHash on random input', () => {
  it('never throws and always returns a well-formed state that survives serialising and re-parsing (2,000 seeded strings)', () => {
    const random = mulberry32(0x5eed2024);
    const reached = {
      route: new Set<string>(),
      year: 0,
      province: 0,
      districts: 0,
      indicator: 0,
      perCapita: 0,
      source: 0,
      paragraph: 0,
    };
    for (let i = 0; i < 2000; i++) {
      const input = randomString(random);
      let state: ViewState | undefined;
      expect(() => (state = parseHash(input)), JSON.stringify(input)).not.toThrow();
      expectWellFormed(state!, input);
      let hash = '';
      expect(() => (hash = serialiseHash(state!)), JSON.stringify(input)).not.toThrow();
      expect(parseHash(hash), `${JSON.stringify(input)} → ${hash}`).toEqual(state);
      reached.route.add(state!.route.name);
      if (state!.year !== 'latest') reached.year++;
      if (state!.province !== null) reached.province++;
      if (state!.districts.length > 0) reached.districts++;
      if (state!.indicator !== null) reached.indicator++;
      if (state!.perCapita) reached.perCapita++;
      if (state!.source !== null) reached.source++;
      if (state!.paragraph !== null) reached.paragraph++;
    }
    // The generator must actually reach every route and parameter, or the property says little.
    expect([...reached.route].sort()).toEqual([...ROUTE_NAMES].sort());
    for (const [name, count] of Object.entries(reached)) {
      if (typeof count === 'number') expect(count, name).toBeGreaterThan(0);
    }
  });
});

describe('the files route', () => {
  it('reads #/files with the usual parameters, and nothing longer', () => {
    expect(parseHash('#/files?lang=en')).toEqual(view({ route: { name: 'files' }, lang: 'en' }));
    expect(parseHash('#/files/extra').route).toEqual({ name: 'overview' });
    expect(parseHash('#/FILES').route).toEqual({ name: 'overview' });
  });
});
