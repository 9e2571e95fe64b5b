#!/usr/bin/env node
// Runs every check (typecheck, lint, format, unit, ../shared suite, build, e2e in both browsers, web-ext lint)
// and prints one closing line: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = join(root, '.test-results');
const shared = resolve(root, '../shared');
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function run(cmd, args) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  return r.status === 0;
}

function capture(cmd, args) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: process.env });
  process.stderr.write(r.stderr ?? '');
  return { ok: r.status === 0, stdout: r.stdout ?? '' };
}

/** A check that is one test: passes when the command exits 0. */
function check(name, cmd, args) {
  if (only.length && !only.includes(name)) return;
  if (run(cmd, args)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

/** A Vitest suite: counts its tests from the JSON report. */
function vitest(name, config) {
  if (only.length && !only.includes(name)) return;
  const out = join(results, `${name}.json`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`];
  if (config) args.push('--config', config);
  const ok = run('npx', args);
  if (!existsSync(out)) {
    failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  if (report.numFailedTests > 0) failures.push(`${name}: ${report.numFailedTests} failed`);
  if (!ok && report.numFailedTests === 0) {
    failed += 1;
    failures.push(`${name} (runner error)`);
  }
}

function findSharedTests(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.output', '.wxt', '.git', '.test-results'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findSharedTests(path));
    else if (entry.name.endsWith('.shared.test.ts')) out.push(relative(root, path));
  }
  return out;
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('eslint', 'npx', ['eslint', '.']);
check('prettier', 'npx', ['prettier', '--check', '.']);
vitest('unit');
if (existsSync(join(shared, 'README.md'))) {
  vitest('shared', 'vitest.shared.config.ts');
} else if (!only.length || only.includes('shared')) {
  const files = findSharedTests(root);
  console.log(`\nskipped: the ../shared suite (../shared is not there): ${files.join(', ')}`);
  skipped += files.length;
}
check('build', 'npm', ['run', '--silent', 'build']);
vitest('e2e', 'vitest.e2e.config.ts');
if (!only.length || only.includes('web-ext-lint')) {
  const lint = capture('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json']);
  let errors = -1;
  try {
    const report = JSON.parse(lint.stdout);
    errors = report.summary.errors;
    for (const w of report.warnings) console.log(`web-ext lint warning: ${w.code} ${w.file ?? ''}`);
    for (const e of report.errors) console.log(`web-ext lint error: ${e.code}: ${e.message} ${e.file ?? ''}`);
  } catch {
    console.log(lint.stdout.slice(0, 2000));
  }
  console.log(`web-ext lint: ${errors} errors`);
  if (errors === 0) passed += 1;
  else {
    failed += 1;
    failures.push('web-ext lint');
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
