/**
 * `npm run bench:extract`: the extractor on a 25,000-character report (the curated reports' texts one after
 * another, cut at a line end), with the curated indicator dictionary; prints the median of 15 runs after 3
 * warm-up runs, in elapsed time and in this process's CPU time (which other work on a busy machine
 * inflates less), and the load average it ran under.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { buildDataset } from '../src/data/buildDataset';
import { extractReport } from '../src/extract/extractReport';
import { readDatasetTexts } from '../scripts/readDatasetTexts';

const LENGTH = 25_000;
const texts = readDatasetTexts(resolve('data'));
const { dataset } = buildDataset(texts);
let text = '';
while (text.length < LENGTH) text += Object.values(texts.sources).join('\n');
text = text.slice(0, text.lastIndexOf('\n', LENGTH));

const times: number[] = [];
const cpuTimes: number[] = [];
let proposals = 0;
for (let run = 0; run < 18; run++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  proposals = extractReport(text, dataset.indicators).proposals.length;
  const used = process.cpuUsage(cpu);
  if (run >= 3) {
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
console.log(`extractReport: ${text.length} characters, ${proposals} proposals, ${times.length} runs, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`);
console.log(`  elapsed median ${median(times).toFixed(1)} ms (${range(times)}); CPU median ${median(cpuTimes).toFixed(1)} ms (${range(cpuTimes)})`);
