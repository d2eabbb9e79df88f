#!/usr/bin/env node
// The one test command: lint, typecheck, unit, integration, e2e. Prints which suites ran or were
// skipped (and why), then one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';

const results = [];
let passed = 0;
let failed = 0;
mkdirSync('.tmp', { recursive: true });

function run(name, cmd, args, env = {}) {
  console.log(`\n━━ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok });
  return ok;
}

// Failed tests are named again in the closing summary: CI logs are often read from the tail only.
const failures = [];
const firstLine = (msg) => String(msg ?? '').split('\n').find((l) => l.trim()) ?? '';

function countVitest(file) {
  if (!existsSync(file)) return { p: 0, f: 1 };
  const j = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of j.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'failed') failures.push(`${t.fullName} — ${firstLine(t.failureMessages?.[0]).slice(0, 240)}`);
    }
    if (suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed')) {
      failures.push(`${suite.name} — ${firstLine(suite.message).slice(0, 240)}`);
    }
  }
  return { p: j.numPassedTests ?? 0, f: (j.numFailedTests ?? 0) + (j.numTotalTestSuites && !j.success && !j.numFailedTests ? 1 : 0) };
}

function countPlaywright(file) {
  if (!existsSync(file)) return { p: 0, f: 1 };
  const j = JSON.parse(readFileSync(file, 'utf8'));
  const s = j.stats ?? {};
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'unexpected' || t.status === 'flaky') {
          const err = (t.results ?? []).map((r) => r.error?.message).find(Boolean);
          failures.push(`${[...path, spec.title].join(' › ')} — ${firstLine(err).slice(0, 240)}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of j.suites ?? []) walk(suite, [suite.title]);
  return { p: s.expected ?? 0, f: (s.unexpected ?? 0) + (s.flaky ?? 0) };
}

function chromium() {
  const path = process.env.BATON_CHROMIUM || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing; installing Debian\'s chromium package (needed by the e2e suite)…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(path)) return path;
  }
  return null;
}

const skipped = [];
run('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
run('typecheck', 'npx', ['-y', 'pnpm@10', 'typecheck']); // packages, then the e2e specs

const multi = process.env.DATABASE_URL && process.env.REDIS_URL;
const projects = ['unit', 'integration', ...(process.env.DATABASE_URL ? ['integration-pg'] : []), ...(multi ? ['multinode'] : [])];
for (const project of projects) {
  const out = `.tmp/vitest-${project}.json`;
  rmSync(out, { force: true });
  run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  const c = countVitest(out);
  passed += c.p;
  failed += c.f;
}
if (!process.env.DATABASE_URL) skipped.push('integration-pg: the integration suites on PostgreSQL (DATABASE_URL is not set; they ran on PGlite only)');
if (!multi) skipped.push('multinode: several server processes on PostgreSQL + Redis (needs both DATABASE_URL and REDIS_URL)');

const browser = chromium();
if (!browser) {
  console.error('\nThe e2e suite needs Chromium: install it with `apt-get install chromium` (or set BATON_CHROMIUM to its path).');
  results.push({ name: 'e2e tests', ok: false });
  failed += 1;
} else if (run('build', 'npx', ['-y', 'pnpm@10', 'build'])) {
  rmSync('.tmp/playwright.json', { force: true });
  run('e2e tests', 'npx', ['playwright', 'test'], { BATON_CHROMIUM: browser });
  const c = countPlaywright('.tmp/playwright.json');
  passed += c.p;
  failed += c.f;
} else failed += 1;

console.log('\n━━ Summary');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}`);
for (const s of skipped) console.log(`  skip  ${s}`);
if (failures.length) {
  console.log('\n━━ Failed tests');
  for (const f of failures) console.log(`  ✗ ${f}`);
}
const anyFailed = results.some((r) => !r.ok);
if (anyFailed && failed === 0) failed = results.filter((r) => !r.ok).length;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(anyFailed || failed ? 1 : 0);
