/**
 * `npm run extract -- FILE.txt [--json]`: proposes the figures of the four families in a report's text
 * (UTF-8 or GB18030) and the report's row, with the curated indicator dictionary. Prints a table, or with
 * `--json` one object: `{ report, proposals }`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset } from '../src/data/buildDataset';
import { decodeText } from '../src/data/decodeText';
import { extractReport } from '../src/extract/extractReport';
import { readDatasetTexts } from './readDatasetTexts';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('usage: npm run extract -- FILE.txt [--json]');
  process.exit(2);
}
const decoded = decodeText(new Uint8Array(readFileSync(file)));
if (!decoded.ok) {
  console.error(`${file}: ${decoded.reason === 'binary' ? `not a text file (${decoded.kind})` : 'neither UTF-8 nor GB18030 text'}`);
  process.exit(1);
}
const { dataset } = buildDataset({ ...readDatasetTexts(resolve('data')), sources: {} });
const { report, proposals } = extractReport(decoded.text, dataset.indicators);

if (args.includes('--json')) {
  console.log(JSON.stringify({ report, proposals }, null, 2));
} else {
  console.log(`${report.title || '(no title)'}: ${report.province} ${report.city} ${report.district} ${report.adminCode || '(no admin code)'}, ${report.year ?? '(no year)'}, ${report.script} (${decoded.encoding})`);
  console.log(['paragraph', 'domain', 'indicator', 'value', 'qualifier', 'unit', 'confidence', 'quote'].join('\t'));
  for (const p of proposals) {
    console.log([p.paragraph, p.domain, p.indicatorId || `(${p.suggestedId})`, p.value, p.qualifier, p.unit, p.confidence.toFixed(2), p.quote].join('\t'));
  }
  console.log(`${proposals.length} proposals`);
}
