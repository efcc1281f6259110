/**
 * The view state lives in the hash (`#/mediation?year=2020&districts=440203,440114&pc=1`), so a copied
 * link reopens the same view from any static host. Parsing is lenient: a parameter that cannot be read
 * falls back to its default, and nothing here ever throws.
 */
import type { Domain } from '../data/schema';
import { LANGS, type Lang } from '../i18n/messages';

export const FAMILY_DOMAINS = ['reconsideration', 'litigation', 'mediation', 'enforcement_training'] as const;
export type FamilyDomain = (typeof FAMILY_DOMAINS)[number];

/** Route segments as users see them in the address. */
export const FAMILY_SLUGS: Record<FamilyDomain, string> = {
  reconsideration: 'reconsideration',
  litigation: 'litigation',
  mediation: 'mediation',
  enforcement_training: 'training',
};

export type Route =
  | { name: 'overview' }
  | { name: 'family'; domain: FamilyDomain }
  | { name: 'report'; reportId: string }
  | { name: 'data' }
  /** The analyst's own files: load, check, remove. */
  | { name: 'files' }
  /** The workbench that turns a report's text into figures, one decision at a time. */
  | { name: 'curate' }
  /** The presentation; `slide` is 1-based, as the slide counter shows it. */
  | { name: 'present'; slide: number }
  /** One district's profile, by its admin code (`#/districts/440203`). */
  | { name: 'district'; adminCode: string };

/** `latest`: each district's most recent report; `all`: every report; a number: that year only. */
export type YearFilter = 'latest' | 'all' | number;

export interface ViewState {
  route: Route;
  year: YearFilter;
  /** Province name as in reports.csv, or null for all provinces. */
  province: string | null;
  /** Admin codes of the selected districts; empty means all. */
  districts: string[];
  /** The indicator in focus on a family screen or in the data table. */
  indicator: string | null;
  perCapita: boolean;
  /** A family screen shows its headline figures over the years (历年趋势) instead of its charts of one year. */
  trend: boolean;
  /** Patterns (decals) on bars and segments besides colour, for colour-blind readers and greyscale print. */
  patterns: boolean;
  /** Key of the observation shown in the source panel (`report_id/indicator_id`). */
  source: string | null;
  /** Paragraph in focus in the report viewer. */
  paragraph: number | null;
  /** Interface language; Simplified Chinese unless the address says otherwise. */
  lang: Lang;
}

export const DEFAULT_VIEW: ViewState = {
  route: { name: 'overview' },
  year: 'latest',
  province: null,
  districts: [],
  indicator: null,
  perCapita: false,
  trend: false,
  patterns: false,
  source: null,
  paragraph: null,
  lang: 'zh',
};

const ID = /^[a-z][a-z0-9_]*$/;
const REPORT_ID = /^[0-9]{4}-[a-z0-9-]+$/;

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Reads the route part of the hash (`/mediation`, `/reports/<id>`). Unknown routes fall back to the overview. */
export function parseRoute(path: string): Route {
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return { name: 'overview' };
  const [head, second] = segments;
  if (head === 'data' && segments.length === 1) return { name: 'data' };
  if (head === 'files' && segments.length === 1) return { name: 'files' };
  if (head === 'curate' && segments.length === 1) return { name: 'curate' };
  if (head === 'present' && segments.length === 1) return { name: 'present', slide: 1 };
  if (head === 'reports' && second && segments.length === 2) {
    const reportId = safeDecode(second);
    if (reportId && REPORT_ID.test(reportId)) return { name: 'report', reportId };
  }
  if (head === 'districts' && second && segments.length === 2 && /^[0-9]{6}$/.test(second)) return { name: 'district', adminCode: second };
  const domain = (Object.keys(FAMILY_SLUGS) as FamilyDomain[]).find((d) => FAMILY_SLUGS[d] === head);
  if (domain && segments.length === 1) return { name: 'family', domain };
  return { name: 'overview' };
}

/** Parses a whole hash (with or without the leading `#`) into a view state. */
export function parseHash(hash: string): ViewState {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryAt = text.indexOf('?');
  const path = queryAt === -1 ? text : text.slice(0, queryAt);
  const params = new Map<string, string>();
  for (const part of (queryAt === -1 ? '' : text.slice(queryAt + 1)).split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = safeDecode(part.slice(0, eq));
    const value = safeDecode(part.slice(eq + 1));
    if (key !== null && value !== null && !params.has(key)) params.set(key, value);
  }
  const yearText = params.get('year');
  const year: YearFilter =
    yearText === 'all' ? 'all' : yearText && /^(19|20)[0-9]{2}$/.test(yearText) ? Number(yearText) : 'latest';
  const province = params.get('province');
  const districts = [...new Set((params.get('districts') ?? '').split(',').filter((code) => /^[0-9]{6}$/.test(code)))];
  const indicator = params.get('indicator');
  const source = params.get('source');
  const paragraphText = params.get('p');
  const route = parseRoute(path);
  // The slide number belongs to the presentation only; the deck clamps a number past its end.
  const slideText = params.get('slide');
  if (route.name === 'present' && slideText && /^[1-9][0-9]{0,3}$/.test(slideText)) route.slide = Number(slideText);
  return {
    route,
    year,
    // A lone surrogate could not be percent-encoded back into an address, so it is refused like markup.
    province: province && province.length <= 40 && !/[<>]|[\uD800-\uDFFF]/u.test(province) ? province : null,
    districts,
    indicator: indicator && ID.test(indicator) ? indicator : null,
    perCapita: params.get('pc') === '1',
    trend: params.get('trend') === '1',
    patterns: params.get('pat') === '1',
    source: source && /^[0-9]{4}-[a-z0-9-]+\/[a-z][a-z0-9_]*$/.test(source) ? source : null,
    paragraph: paragraphText && /^[0-9]{1,5}$/.test(paragraphText) ? Number(paragraphText) : null,
    lang: (LANGS as readonly string[]).includes(params.get('lang') ?? '') ? (params.get('lang') as Lang) : 'zh',
  };
}

/** The path part for a route. */
export function routePath(route: Route): string {
  switch (route.name) {
    case 'overview':
      return '/';
    case 'family':
      return `/${FAMILY_SLUGS[route.domain]}`;
    case 'report':
      return `/reports/${encodeURIComponent(route.reportId)}`;
    case 'data':
      return '/data';
    case 'files':
      return '/files';
    case 'curate':
      return '/curate';
    case 'present':
      return '/present';
    case 'district':
      return `/districts/${route.adminCode}`;
  }
}

/** Serialises a view state to a hash; parameters at their default are left out, so links stay short. */
export function serialiseHash(state: ViewState): string {
  const params: [string, string][] = [];
  if (state.route.name === 'present' && state.route.slide !== 1) params.push(['slide', String(state.route.slide)]);
  if (state.year !== 'latest') params.push(['year', String(state.year)]);
  if (state.province) params.push(['province', state.province]);
  if (state.districts.length > 0) params.push(['districts', state.districts.join(',')]);
  if (state.indicator) params.push(['indicator', state.indicator]);
  if (state.perCapita) params.push(['pc', '1']);
  if (state.trend) params.push(['trend', '1']);
  if (state.patterns) params.push(['pat', '1']);
  if (state.source) params.push(['source', state.source]);
  if (state.paragraph !== null) params.push(['p', String(state.paragraph)]);
  if (state.lang !== 'zh') params.push(['lang', state.lang]);
  const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%2F/g, '/')}`).join('&');
  return `#${routePath(state.route)}${query ? `?${query}` : ''}`;
}

/** Whether a domain is one of the four compared families. */
export function isFamilyDomain(domain: Domain): domain is FamilyDomain {
  return (FAMILY_DOMAINS as readonly string[]).includes(domain);
}
