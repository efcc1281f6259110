/** Helpers for tests that load the invented mini dataset in test/fixtures/mini and change it in memory. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetTexts } from '../src/data/buildDataset';
import type { DataIssue } from '../src/data/issue';
import { readDatasetTexts } from '../scripts/readDatasetTexts';

export const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MINI_DIR = resolve(ROOT_DIR, 'test/fixtures/mini');
export const MINI_REPORT = '2020-test-mini';
export const MINI_SOURCE = 'mini.txt';

/** A fresh copy of the mini fixture's texts, read from disk. */
export function miniTexts(): DatasetTexts {
  return readDatasetTexts(MINI_DIR);
}

/** Replaces `from` by `to`, failing loudly unless `from` occurs exactly once (so no change is silently lost). */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first === -1 || text.indexOf(from, first + 1) !== -1) {
    throw new Error(`expected exactly one '${from}' in the text`);
  }
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** The 1-based line of the one line of `text` containing `needle` (LF or CRLF line ends). */
export function lineOf(text: string, needle: string): number {
  const lines = text.split(/\r?\n/);
  const hits = lines.flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`expected exactly one line containing '${needle}', found ${hits.length}`);
  return hits[0];
}

/** The observations.csv line of the mini report's row for `indicatorId`. */
export function observationLine(texts: DatasetTexts, indicatorId: string): string {
  const prefix = `${MINI_REPORT},${indicatorId},`;
  const line = texts.observations.split(/\r?\n/).find((candidate) => candidate.startsWith(prefix));
  if (line === undefined) throw new Error(`no observation row for ${indicatorId}`);
  return line;
}

/** Replaces the whole observations.csv row of `indicatorId` by `row`. */
export function replaceObservation(texts: DatasetTexts, indicatorId: string, row: string): DatasetTexts {
  return { ...texts, observations: replaceOnce(texts.observations, observationLine(texts, indicatorId), row) };
}

/**
 * Rewrites one figure consistently in the source report and in observations.csv: the source phrase
 * `oldQuote` becomes `newQuote` and the row's value and quote follow.
 */
export function rewriteFigure(
  texts: DatasetTexts,
  indicatorId: string,
  oldQuote: string,
  newQuote: string,
  value: string,
  qualifier = 'exact',
): DatasetTexts {
  const sources = { ...texts.sources, [MINI_SOURCE]: replaceOnce(texts.sources[MINI_SOURCE], oldQuote, newQuote) };
  const row = `${MINI_REPORT},${indicatorId},${value},${qualifier},${newQuote},`;
  return { ...replaceObservation(texts, indicatorId, row), sources };
}

/** The issues with severity `error`. */
export function errorsOf(issues: readonly DataIssue[]): DataIssue[] {
  return issues.filter((issue) => issue.severity === 'error');
}

/** The number of data rows (non-blank lines after the header) of a CSV text without embedded newlines. */
export function dataRowCount(csv: string): number {
  return csv.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1;
}
