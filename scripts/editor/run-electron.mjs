#!/usr/bin/env node
// The integration suites in a VS Code desktop build, with @vscode/test-electron (runTests): the
// same compiled suites as run-tests.mjs (VS Code for the browser), for machines that have a
// desktop VS Code or can download one.
//
//   node scripts/editor/run-electron.mjs [--grep RE] [--timeout SECONDS] [--keep]
//
// Which VS Code:
//   VSCODE_EXECUTABLE=/path/to/code   a desktop build's Electron executable (Linux: .../code,
//                                     e.g. /usr/share/code/code; Windows: Code.exe; macOS:
//                                     .../Visual Studio Code.app/Contents/MacOS/Electron)
//   otherwise, where update.code.visualstudio.com answers, @vscode/test-electron downloads one
//   (EDGAR_VSCODE_VERSION, default "stable") into <editor cache>/vscode-test, and reuses it.
//   Neither: prints "skipped: no VS Code desktop build (set VSCODE_EXECUTABLE…)", `0 passed,
//   0 failed`, and exits 0.
// Steps: build and package the product (.vsix); fresh user-data and extensions folders; install
// the .vsix with the build's CLI; runTests with the test harness as extensionTestsPath and a
// fresh copy of the test workspace; read the harness's results; print one line per test, the
// VS Code version and `N passed, N failed`. Headless Linux (no DISPLAY): re-runs itself under
// `xvfb-run -a`. VS Code is always stopped: at the end, on SIGINT/SIGTERM/SIGHUP and on the
// overall timeout (every descendant process is killed).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COMPILED_SUITES, REPO_ROOT, cacheDir, descendants, log, makeTestWorkspace, run, since, sleep } from './common.mjs';
import { packageProduct } from './package.mjs';
import { Outcomes, recordHarnessResults, recordPartialProgress, waitForResults } from './results.mjs';
import { BASE_SETTINGS } from './server.mjs';

const TAG = 'electron-tests';
const DEV_DEPENDENCY = '@vscode/test-electron@^2.5.2';
const HARNESS_DIR = path.join(REPO_ROOT, 'test', 'editor', 'harness');

const { values: args } = parseArgs({
  options: {
    grep: { type: 'string' },
    timeout: { type: 'string', default: '900' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: [VSCODE_EXECUTABLE=...] node scripts/editor/run-electron.mjs [--grep RE] [--timeout S] [--keep]');
  process.exit(0);
}

const outcomes = new Outcomes();
let ranIn = 'a VS Code desktop build';
let workDir;
let finishing;

/** Stop every process this run started (VS Code and its helpers are our descendants). */
function killDescendants() {
  for (const pid of descendants(process.pid).reverse()) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  }
}

async function finish(code, why) {
  if (finishing) return finishing;
  finishing = (async () => {
    if (why) outcomes.record(why, false);
    killDescendants();
    if (workDir && !args.keep && process.env.EDGAR_EDITOR_KEEP !== '1') rmSync(workDir, { recursive: true, force: true });
    const rc = outcomes.summarize(`electron tests ran in ${ranIn}`);
    process.exit(code || rc);
  })();
  return finishing;
}

/** Exit 0 with the skip line and an empty count (for runners that sum the counts). */
function skip(message) {
  console.log(`skipped: ${message}`);
  console.log('0 passed, 0 failed');
  process.exit(0);
}

/** True when the VS Code update service answers (then @vscode/test-electron can download a build). */
function canDownload(timeoutMs = 5000) {
  return new Promise((resolve) => {
    const req = https.get('https://update.code.visualstudio.com/api/releases/stable', { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
  });
}

async function loadTestElectron() {
  try {
    return await import('@vscode/test-electron');
  } catch (e) {
    throw new Error(`@vscode/test-electron is not installed (${e.code ?? e.message}): add the devDependency ${DEV_DEPENDENCY} and run npm ci`);
  }
}

function hasDisplay() {
  return process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
}

/** Headless Linux: run this script again under xvfb-run, pass the exit code on. */
function rerunUnderXvfb() {
  const child = spawn('xvfb-run', ['-a', '--server-args=-screen 0 1400x900x24', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit', env: { ...process.env, EDGAR_UNDER_XVFB: '1' }, detached: false,
  });
  child.on('error', (e) => {
    console.error(`[${TAG}] no display and xvfb-run cannot run (${e.code ?? e.message}): apt-get install xvfb, or set DISPLAY`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main() {
  const t0 = Date.now();
  const given = process.env.VSCODE_EXECUTABLE;
  if (given && !existsSync(given)) throw new Error(`VSCODE_EXECUTABLE=${given}: no such file`);
  if (!given && !(await canDownload())) {
    skip('no VS Code desktop build (set VSCODE_EXECUTABLE to a VS Code desktop executable, or run where update.code.visualstudio.com can be reached to download one); the same suites run in VS Code for the browser: scripts/editor/run-tests.mjs');
  }
  if (!hasDisplay() && process.env.EDGAR_UNDER_XVFB !== '1') {
    log(TAG, 'no display: running under xvfb-run');
    rerunUnderXvfb();
    return 'rerun';
  }
  const te = await loadTestElectron();

  let executable = given;
  if (!executable) {
    const cachePath = path.join(cacheDir(), 'vscode-test');
    const version = process.env.EDGAR_VSCODE_VERSION || 'stable';
    log(TAG, `downloading VS Code ${version} (or reusing it) into ${cachePath}`);
    executable = await te.downloadAndUnzipVSCode({ version, cachePath });
  }
  log(TAG, `VS Code desktop build: ${executable}`);

  workDir = mkdtempSync(path.join(os.tmpdir(), 'edgar-electron-'));
  const { vsix } = await packageProduct(path.join(workDir, 'vsix'));
  if (!existsSync(COMPILED_SUITES)) throw new Error(`no suites at ${COMPILED_SUITES} (did tsc -b compile test/editor?)`);
  const ws = makeTestWorkspace(workDir);
  const userDataDir = path.join(workDir, 'user-data');
  const extensionsDir = path.join(workDir, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, 'window.restoreWindows': 'none' }, null, 2));

  const cli = te.resolveCliPathFromVSCodeExecutablePath(executable);
  if (!existsSync(cli)) throw new Error(`the VS Code CLI is not where expected: ${cli} (VSCODE_EXECUTABLE must be the Electron executable of a desktop build)`);
  const t1 = Date.now();
  const out = await run(cli, ['--install-extension', vsix, '--force', '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], { timeoutMs: 180_000 });
  if (!/successfully installed/i.test(out)) throw new Error(`installing ${vsix} printed no success:\n${out}`);
  log(TAG, `installed ${path.basename(vsix)} in ${since(t1)}`);

  const resultsFile = path.join(workDir, 'results', 'editor-test-results.json');
  const env = {
    EDGAR_TEST_SUITES: COMPILED_SUITES,
    EDGAR_TEST_RESULTS: resultsFile,
    EDGAR_TEST_MOCHA: path.join(REPO_ROOT, 'node_modules', 'mocha'),
    EDGAR_TEST_WORKSPACE: ws.dir,
    EDGAR_TEST_LAUNCHER: 'electron',
    EDGAR_TEST_TIMEOUT: '60000',
    EDGAR_TEST_VIA_TESTS_PATH: '1',
    EDGAR_PRODUCT_VSIX: vsix,
  };
  if (args.grep) env.EDGAR_TEST_GREP = args.grep;

  // runTests settles when VS Code exits; the harness rejects run() when a test failed, which
  // VS Code turns into exit code 1. The results file has the details either way.
  const tRun = Date.now();
  const exit = te.runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: HARNESS_DIR,
    extensionTestsPath: path.join(HARNESS_DIR, 'extension.js'),
    extensionTestsEnv: env,
    launchArgs: [ws.dir, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--disable-gpu', '--disable-telemetry', '--new-window'],
  }).then(() => 0, (e) => e.code ?? 1);
  let results;
  try {
    results = await Promise.race([
      waitForResults(resultsFile, Number(args.timeout) * 1000, { tag: TAG, startTimeoutMs: 180_000,
        onTest: (e) => log(TAG, `${e.state === 'passed' ? 'ok  ' : e.state === 'failed' ? 'FAIL' : 'skip'} ${e.fullTitle} (${e.durationMs} ms)`) }),
      exit.then(async (code) => {
        await sleep(500);
        if (existsSync(resultsFile)) return waitForResults(resultsFile, 5000, { tag: TAG });
        throw new Error(`VS Code exited (code ${code}) before the harness wrote results`);
      }),
    ]);
  } catch (err) {
    recordPartialProgress(resultsFile, outcomes, err);
  }
  if (results) {
    ranIn = `VS Code ${results.vscodeVersion} (${results.appName}, ${results.uiKind}, extension host on Node ${results.node})`;
    log(TAG, `suites ran in ${ranIn} in ${results.durationMs} ms; waited ${since(tRun)}`);
    recordHarnessResults(results, outcomes);
    mkdirSync(path.join(REPO_ROOT, 'test-results'), { recursive: true });
    writeFileSync(path.join(REPO_ROOT, 'test-results', 'electron-results.json'), JSON.stringify(results, null, 2) + '\n');
  }
  // With its results written VS Code closes by itself; give it a moment, then finish() kills what is left.
  if (results) await Promise.race([exit, sleep(30_000)]);
  log(TAG, `total ${since(t0)}`);
  return 'done';
}

// (When this process only waits for its copy under xvfb-run, rerunUnderXvfb() passes signals on instead.)
const rerunning = () => !hasDisplay() && process.env.EDGAR_UNDER_XVFB !== '1';
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { if (!rerunning()) { log(TAG, `${sig}: stopping`); finish(130, `interrupted by ${sig}`); } });
}
const overall = setTimeout(() => { log(TAG, `overall timeout (${args.timeout} s)`); finish(1, `overall timeout of ${args.timeout} s`); }, (Number(args.timeout) + 60) * 1000);
overall.unref();

main().then(
  (how) => { if (how !== 'rerun') { clearTimeout(overall); finish(0); } else clearTimeout(overall); },
  (err) => { clearTimeout(overall); log(TAG, `ERROR: ${err.stack ?? err}`); finish(1, `run: ${err.message.split('\n')[0]}`); },
);
