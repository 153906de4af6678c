#!/usr/bin/env node
// Runs the browser tests with node's built-in test runner: `npm run test:e2e [-- file-filter]`.
// Env: E2E_BASE_URL (default http://localhost:8090), CHROMIUM_PATH, E2E_TIMEOUT_MS,
//      E2E_COORDINATOR_USERNAME / _PASSWORD / _NAME, E2E_HEADED=1.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const specs = readdirSync(dir)
  .filter((f) => f.endsWith('.spec.mjs') && (!filter || f.includes(filter)))
  .sort()
  .map((f) => `${dir}${f}`);

if (specs.length === 0) {
  console.error(`No e2e specs match ${filter ?? '*.spec.mjs'}`);
  process.exit(1);
}

const child = spawn(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-concurrency=1', '--test-timeout=120000', ...specs],
  { stdio: 'inherit' },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
