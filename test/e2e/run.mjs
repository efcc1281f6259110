// Runs the browser tests with node's test runner (the build must exist: `npm run test:e2e` builds first).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync(new URL('.', import.meta.url)).filter((name) => name.endsWith('.e2e.test.mjs')).map((name) => `test/e2e/${name}`);
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
