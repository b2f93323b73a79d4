// Runs the test suites named on the command line and ends with one summary
// line, "N passed, N failed", over all of them (CI reads that line).
//
//   node scripts/run-tests.mjs unit [protocol] [editor]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SUITES = {
  unit: { kind: 'node-test', dir: 'out/test/unit' },
  protocol: { kind: 'node-test', dir: 'out/test/protocol' },
  editor: { kind: 'command', command: ['node', 'scripts/editor/run-tests.mjs'] },
};

let passed = 0;
let failed = 0;
let broken = false;
const requested = process.argv.slice(2);
for (const name of requested.length ? requested : ['unit']) {
  const suite = SUITES[name];
  if (!suite) {
    console.error(`unknown suite ${name}`);
    process.exit(2);
  }
  console.log(`\n=== ${name} tests ===`);
  if (suite.kind === 'node-test') {
    if (!existsSync(suite.dir) || readdirSync(suite.dir).every((f) => !f.endsWith('.test.js'))) {
      console.log(`no ${name} tests`);
      continue;
    }
    const tap = join(mkdtempSync(join(tmpdir(), 'edgar-tests-')), 'results.tap');
    const files = readdirSync(suite.dir).filter((f) => f.endsWith('.test.js')).map((f) => join(suite.dir, f));
    const r = spawnSync(
      process.execPath,
      ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
      { stdio: 'inherit' },
    );
    const out = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
    const count = (key) => Number((new RegExp(`^# ${key} (\\d+)$`, 'm').exec(out) ?? [])[1] ?? 0);
    passed += count('pass');
    failed += count('fail') + count('cancelled');
    if (r.status !== 0 && count('fail') + count('cancelled') === 0) broken = true;
  } else {
    const r = spawnSync(suite.command[0], suite.command.slice(1), { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8' });
    process.stdout.write(r.stdout ?? '');
    const m = /^(\d+) passed, (\d+) failed/m.exec(r.stdout ?? '');
    if (m) {
      passed += Number(m[1]);
      failed += Number(m[2]);
    }
    if (!m || (r.status !== 0 && Number(m[2]) === 0)) broken = true;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
