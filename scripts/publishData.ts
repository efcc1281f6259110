/**
 * `npm run data:publish -- --dir DIR --out OUT`: validates the dataset folder DIR (default data/) with the
 * app's own schema code and, only if it has no error, writes the form the page reads into OUT:
 * dataset.json, quotes.json, findings.json and sources/. With any error it writes nothing, prints each as
 * `error file:line [column] reason` and exits 1.
 */
import { resolve } from 'node:path';
import { publishFolder } from './publishFolder';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = resolve(option('--dir') ?? 'data');
const outOption = option('--out');
if (!outOption) {
  console.error('usage: npm run data:publish -- [--dir DIR] --out OUT');
  process.exit(2);
}
const out = resolve(outOption);
const { dataset, errors, findings } = publishFolder(dir, out);
for (const error of errors) console.error(`error ${error}`);
if (errors.length > 0) {
  console.error(`${dir}: ${errors.length} error(s); nothing published`);
  process.exit(1);
}
console.log(`${dir} → ${out}: ${dataset.reports.length} reports, ${dataset.indicators.length} indicators, ${dataset.observations.length} observations, ${findings.length} consistency finding(s)`);
