/**
 * `npm run validate:data [-- --dir DIR]`: checks the curated data with the app's own schema code.
 * Prints every error as `file:line [column] reason` and exits 1 if there is any; prints consistency
 * findings (rates and sums recomputed from their parts) as information.
 */
import { resolve } from 'node:path';
import { describeFinding } from '../src/model/describeFinding';
import { checkFolder } from './publishFolder';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const dir = resolve(dirFlag === -1 ? 'data' : args[dirFlag + 1]);
const { dataset, errors, findings } = checkFolder(dir);

for (const error of errors) console.error(`error ${error}`);
if (!args.includes('--quiet')) {
  for (const finding of findings) console.log(`finding ${describeFinding(finding, dataset)}`);
}
console.log(
  `${dir}: ${dataset.reports.length} reports, ${dataset.indicators.length} indicators, ` +
    `${dataset.observations.length} observations; ${errors.length} error(s), ${findings.length} consistency finding(s)`,
);
process.exit(errors.length > 0 ? 1 : 0);
