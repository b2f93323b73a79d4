// EDGAR Filings test harness: runs mocha test files inside the real extension host.
//
// Inactive unless the extension host's environment has EDGAR_TEST_SUITES. Environment:
//   EDGAR_TEST_SUITES   folder with compiled *.test.js files (searched recursively), or one file
//   EDGAR_TEST_RESULTS  where to write the JSON results (default <suites>/../editor-test-results.json)
//   EDGAR_TEST_MOCHA    absolute path of the mocha package (default: resolved from the suites folder)
//   EDGAR_TEST_GREP     only tests whose full title matches this regular expression
//   EDGAR_TEST_TIMEOUT  per-test timeout in ms (default 30000)
// Both mocha interfaces are available in the test files: TDD (suite/test/setup/suiteSetup...)
// and BDD (describe/it/before/beforeEach...).
// While running it appends one JSON line per finished test to <results>.progress, and writes the
// results file last, atomically (temp file + rename), so a reader never sees half a file.
//
// The same file is the `extensionTestsPath` of @vscode/test-electron (scripts/editor/run-electron.mjs):
// VS Code calls its exported run(); activate() then stays idle (EDGAR_TEST_VIA_TESTS_PATH=1), so
// the suites run once.
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire, findSourceMap } = require('module');
const { fileURLToPath } = require('url');
const vscode = require('vscode');

let started = false;

/** Test files under dir, sorted, recursively. */
function findTestFiles(target) {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) { if (entry.name !== 'node_modules') walk(full); }
      else if (/\.test\.c?js$/.test(entry.name)) out.push(full);
    }
  };
  walk(target);
  return out;
}

function loadMocha(suitesDir) {
  const given = process.env.EDGAR_TEST_MOCHA;
  const dir = given ? path.resolve(given) : path.dirname(createRequire(path.join(suitesDir, 'x.js')).resolve('mocha/package.json'));
  // mocha >= 12 is an ES module package whose CommonJS build is lib/mocha.cjs; older ones are CommonJS.
  const cjs = path.join(dir, 'lib', 'mocha.cjs');
  const mod = fs.existsSync(cjs) ? require(cjs) : require(dir);
  return mod.default && mod.default.prototype && mod.default.prototype.run ? mod.default : mod;
}

/**
 * Point stack frames of compiled files at their sources. The extension host installs its own
 * Error.prepareStackTrace, so Node's source-map support does not rewrite stacks by itself;
 * module.findSourceMap still knows the maps of files loaded after setSourceMapsEnabled(true).
 */
function mapStack(stack) {
  if (typeof stack !== 'string' || typeof findSourceMap !== 'function') return stack;
  return stack.replace(/((?:file:\/\/)?\/[^\s():]+\.c?js):(\d+):(\d+)/g, (whole, file, line, col) => {
    try {
      const map = findSourceMap(file.startsWith('file:') ? fileURLToPath(file) : file);
      const entry = map && map.findEntry(Number(line) - 1, Number(col) - 1);
      if (!entry || !entry.originalSource) return whole;
      const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
      return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    } catch {
      return whole;
    }
  });
}

function errorInfo(err) {
  if (!err) return undefined;
  const info = { message: String(err.message ?? err), stack: typeof err.stack === 'string' ? mapStack(err.stack) : undefined };
  if (err.actual !== undefined) info.actual = safeString(err.actual);
  if (err.expected !== undefined) info.expected = safeString(err.expected);
  if (err.code !== undefined) info.code = String(err.code);
  return info;
}

function safeString(v) {
  if (typeof v === 'string') return v;
  try { return JSON.stringify(v); } catch { return String(v); }
}

function writeAtomically(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Runs the suites; `channel` takes one line per test. Answers the results written. */
async function runSuites(channel) {
  const suitesTarget = path.resolve(process.env.EDGAR_TEST_SUITES);
  const suitesDir = fs.statSync(suitesTarget).isDirectory() ? suitesTarget : path.dirname(suitesTarget);
  const resultsFile = path.resolve(process.env.EDGAR_TEST_RESULTS || path.join(suitesDir, '..', 'editor-test-results.json'));
  const progressFile = `${resultsFile}.progress`;
  const t0 = Date.now();
  const results = {
    harness: 'edgar-test-harness',
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
    remoteName: vscode.env.remoteName ?? null,
    node: process.version,
    suitesDir: suitesTarget,
    files: [],
    startedAt: new Date(t0).toISOString(),
    finishedAt: null,
    durationMs: 0,
    passed: 0,
    failed: 0,
    pending: 0,
    suites: [],
    tests: [],
    errors: [],
  };
  fs.mkdirSync(path.dirname(progressFile), { recursive: true });
  fs.writeFileSync(progressFile, JSON.stringify({ event: 'start', vscodeVersion: vscode.version, pid: process.pid }) + '\n');
  const progress = (obj) => { try { fs.appendFileSync(progressFile, JSON.stringify(obj) + '\n'); } catch { /* best effort */ } };
  const say = (line) => channel.appendLine(line);

  try {
    // Stacks of compiled TypeScript suites point at the .ts lines (when .js.map files are there).
    if (typeof process.setSourceMapsEnabled === 'function') process.setSourceMapsEnabled(true);
    const Mocha = loadMocha(suitesDir);
    const mocha = new Mocha({
      ui: 'bdd',
      timeout: Number(process.env.EDGAR_TEST_TIMEOUT || 30000),
      color: false,
      reporter: function SilentReporter() { /* results are collected from runner events below */ },
    });
    // Offer the TDD words too (suite/test/setup/...): both interfaces hook 'pre-require'.
    Mocha.interfaces.tdd(mocha.suite);
    if (process.env.EDGAR_TEST_GREP) mocha.grep(new RegExp(process.env.EDGAR_TEST_GREP));
    results.files = findTestFiles(suitesTarget);
    for (const f of results.files) mocha.addFile(f);
    say(`running ${results.files.length} test file(s) from ${suitesTarget} in VS Code ${vscode.version}`);
    if (results.files.length === 0) throw new Error(`no *.test.js files in ${suitesTarget}`);

    await new Promise((resolve) => {
      const runner = mocha.run(() => resolve());
      const record = (test, state, err) => {
        const entry = {
          suite: test.parent ? test.parent.fullTitle() : '',
          title: test.title,
          fullTitle: test.fullTitle(),
          file: test.file ?? (test.parent && test.parent.file) ?? null,
          type: test.type,
          state,
          durationMs: test.duration ?? 0,
        };
        if (err) entry.error = errorInfo(err);
        results.tests.push(entry);
        if (state === 'passed') results.passed++;
        else if (state === 'failed') results.failed++;
        else results.pending++;
        progress({ event: 'test', ...entry });
        say(`${state === 'passed' ? 'ok  ' : state === 'failed' ? 'FAIL' : 'skip'} ${entry.fullTitle}${err ? ` -- ${entry.error.message}` : ''}`);
      };
      runner.on('suite', (s) => { if (!s.root) results.suites.push({ title: s.title, fullTitle: s.fullTitle(), file: s.file ?? null }); });
      runner.on('test', (t) => progress({ event: 'begin', fullTitle: t.fullTitle() }));
      runner.on('pass', (t) => record(t, 'passed'));
      runner.on('fail', (t, err) => record(t, 'failed', err));
      runner.on('pending', (t) => record(t, 'pending'));
    });
  } catch (err) {
    results.errors.push({ where: 'harness', ...errorInfo(err) });
    say(`harness error: ${err && err.stack ? err.stack : err}`);
  }
  results.finishedAt = new Date().toISOString();
  results.durationMs = Date.now() - t0;
  writeAtomically(resultsFile, JSON.stringify(results, null, 2) + '\n');
  progress({ event: 'end', passed: results.passed, failed: results.failed, pending: results.pending, errors: results.errors.length });
  say(`done: ${results.passed} passed, ${results.failed} failed, ${results.pending} pending -> ${resultsFile}`);
  return results;
}

function activate() {
  if (!process.env.EDGAR_TEST_SUITES || process.env.EDGAR_TEST_VIA_TESTS_PATH === '1' || started) return;
  started = true;
  const channel = vscode.window.createOutputChannel('EDGAR Test Harness');
  // Run after activate() returns so the extension host is not held up.
  setTimeout(() => {
    runSuites(channel).catch((err) => channel.appendLine(`harness crashed: ${err && err.stack ? err.stack : err}`));
  }, 0);
}

function deactivate() {}

/**
 * The entry point for `--extensionTestsPath` (@vscode/test-electron): runs the suites and
 * rejects when one failed, which makes VS Code exit with code 1. The launcher reads the
 * results file for the details.
 */
async function run() {
  if (!process.env.EDGAR_TEST_SUITES) throw new Error('EDGAR_TEST_SUITES is not set');
  started = true;
  const results = await runSuites({ appendLine: (line) => console.log(`[harness] ${line}`) });
  if (results.failed > 0 || results.errors.length > 0) {
    throw new Error(`${results.failed} test(s) failed${results.errors.length ? `, ${results.errors.length} harness error(s)` : ''}`);
  }
}

module.exports = { activate, deactivate, run };
