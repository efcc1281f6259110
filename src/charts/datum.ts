/** What a clickable chart item carries: the observation key that the source panel opens. */
import type { Observation } from '../data/dataset';
import type { Qualifier } from '../data/schema';

export interface Datum {
  value: number | '-';
  /** `report_id/indicator_id` of the observation behind the value. */
  key?: string;
  qualifier?: Qualifier;
  /** The value as reported, when the drawn value is per capita or a share. */
  reported?: number;
  /** Set when the figure comes from an analyst's own file, so its tooltip says so. */
  own?: true;
  /** Set on the mark of a figure not reported (gapMark): no value, drawn only so the gap is seen. */
  gap?: true;
  itemStyle?: Record<string, unknown>;
}

/** Reads the observation key out of an ECharts click event's data, if it has one. */
export function keyOfDatum(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && 'key' in data) {
    const key = (data as { key: unknown }).key;
    return typeof key === 'string' ? key : undefined;
  }
  return undefined;
}

/** A datum for one observation and the value to draw. */
export function toDatum(observation: Observation | undefined, value: number | undefined): Datum {
  if (!observation || value === undefined || Number.isNaN(value)) return { value: '-' };
  return {
    value,
    key: observation.key,
    qualifier: observation.qualifier,
    reported: observation.value,
    ...(observation.origin === 'user' ? { own: true as const } : {}),
  };
}

/** The observation keys an option draws (its series' data), each once: what a click on the chart can open. */
export function keysOfOption(option: object): string[] {
  const keys = new Set<string>();
  const given = (option as { series?: unknown }).series;
  const series = Array.isArray(given) ? given : given ? [given] : [];
  for (const one of series) {
    const data = (one as { data?: unknown }).data;
    if (!Array.isArray(data)) continue;
    for (const datum of data) {
      const key = keyOfDatum(datum);
      if (key) keys.add(key);
    }
  }
  return [...keys];
}
