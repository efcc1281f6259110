/**
 * The reference floor of the benchmark: a plain PapaParse call in Node on the same CSV files the app
 * loads, timed in a fresh process each run (the app parses once, in a fresh worker, too).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FILES = ['reports.csv', 'indicators.csv', 'observations.csv', 'population.csv'];

/** Parses the files of `dir` once and returns milliseconds (reading them is not timed) and rows. */
export async function parseOnce(dir) {
  const { readFileSync } = await import('node:fs');
  const { default: Papa } = await import('papaparse');
  const texts = FILES.map((file) => readFileSync(`${dir}/${file}`, 'utf8'));
  const started = performance.now();
  let rows = 0;
  for (const text of texts) rows += Papa.parse(text).data.length;
  return { ms: performance.now() - started, rows };
}

/** Runs `parseOnce` in `runs` fresh Node processes; returns each run's milliseconds. */
export function measureParseFloor(dir, runs) {
  return Array.from({ length: runs }, () => {
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), dir], { encoding: 'utf8' });
    return JSON.parse(output).ms;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await parseOnce(process.argv[2])));
}
