#!/usr/bin/env node
// The editor tests in VS Code for the browser: the integration suites inside the extension
// host, then the UI checks in the browser window.
//
//   node scripts/editor/run-tests.mjs [--suites DIR] [--workspace DIR] [--grep RE]
//        [--no-product] [--no-suites] [--no-ui] [--timeout SECONDS] [--test-timeout SECONDS] [--keep]
//
// Steps: install the editor if missing (cache outside the repository, reused); build and
// package the product and the test harness (.vsix); start the VS Code server on 127.0.0.1
// with fresh user-data and extensions folders and both .vsix installed, EDGAR_TEST_* in the
// extension host's environment; open the test workspace (test/editor/workspace.json) in
// Chromium (playwright-core); the harness runs the suites (compiled to out/test/editor/suite)
// and writes its results; then the UI checks of ui-checks.mjs drive the window. Prints one
// line per check, the VS Code version that ran them, and last `N passed, N failed`.
// Browser and server are always stopped (finally, SIGINT/SIGTERM/SIGHUP, overall timeout).
// Artifacts in test-results/: ui-<check>.png (one per UI check), editor.png (at the end),
// editor-results.json, editor-browser.log, editor-exthost.log.
// Exit code 0 only if something ran and nothing failed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pw from 'playwright-core';
import { CHROMIUM, CODE_SERVER_VERSION, COMPILED_SUITES, REPO_ROOT, SEED_FILE, log, makeTestWorkspace, since, sleep, workbenchUrl } from './common.mjs';
import { ensureEditor } from './install.mjs';
import { packageHarness, packageProduct } from './package.mjs';
import { Outcomes, errorText, recordHarnessResults, recordPartialProgress, waitForResults } from './results.mjs';
import { startServer } from './server.mjs';
import { runUiChecks } from './ui-checks.mjs';

const TAG = 'editor-tests';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

const HELP = `usage: node scripts/editor/run-tests.mjs [options]
  --suites DIR          compiled suites (default out/test/editor/suite)
  --workspace DIR       open this folder instead of a fresh copy of test/editor/workspace.json
  --grep RE             only suite tests and UI checks whose name matches
  --no-product          do not install the product (harness only)
  --no-suites           skip the integration suites (UI checks only)
  --no-ui               skip the UI checks
  --timeout S           whole run (default 600)
  --test-timeout S      waiting for the suites once the workbench is up (default 420)
  --keep                keep the temporary folders (also EDGAR_EDITOR_KEEP=1)`;

const { values: args } = parseArgs({
  options: {
    suites: { type: 'string', default: COMPILED_SUITES },
    workspace: { type: 'string' },
    grep: { type: 'string' },
    'no-product': { type: 'boolean', default: false },
    'no-suites': { type: 'boolean', default: false },
    'no-ui': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '600' },
    'test-timeout': { type: 'string', default: '420' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const resultsDir = path.join(REPO_ROOT, 'test-results');
const outcomes = new Outcomes();
/** What ran the suites, for the report: filled from the harness's results. */
let ranIn = `VS Code for the browser (code-server ${CODE_SERVER_VERSION})`;
let server;
let browser;
let page;
let workDir;
let cleaning;
/** Browser console lines, written to test-results/editor-browser.log at the end. */
const consoleLines = [];
/** Every dialog (alert/confirm/prompt) any frame opened: a filing's script that ran would show here. */
const dialogs = [];
/** While the suites run: their results file (an interruption then reports what had finished). */
let pendingResultsFile;

async function cleanup() {
  if (cleaning) return cleaning;
  cleaning = (async () => {
    if (page) {
      try {
        mkdirSync(resultsDir, { recursive: true });
        await page.screenshot({ path: path.join(resultsDir, 'editor.png'), timeout: 10_000 });
        log(TAG, `screenshot: ${path.relative(REPO_ROOT, path.join(resultsDir, 'editor.png'))}`);
      } catch (err) { log(TAG, `no screenshot: ${err.message.split('\n')[0]}`); }
    }
    try { writeFileSync(path.join(resultsDir, 'editor-browser.log'), consoleLines.join('\n') + '\n'); } catch { /* best effort */ }
    if (browser) await Promise.race([browser.close().catch(() => {}), sleep(10_000)]);
    if (server) {
      // Keep the extension host log before the server's folder goes away.
      try {
        const logs = server.extHostLogs().filter((f) => /remoteexthost\.log$/.test(f));
        if (logs.length) writeFileSync(path.join(resultsDir, 'editor-exthost.log'), readFileSync(logs[logs.length - 1]));
      } catch { /* best effort */ }
      await server.stop();
    }
    if (workDir && !args.keep) rmSync(workDir, { recursive: true, force: true });
  })();
  return cleaning;
}

let finishing;
async function finish(code, why) {
  if (finishing) return finishing;
  finishing = (async () => {
    if (pendingResultsFile) recordPartialProgress(pendingResultsFile, outcomes, new Error(why ?? 'stopped'));
    else if (why) outcomes.record(why, false);
    await cleanup();
    const rc = outcomes.summarize(`editor tests ran in ${ranIn}`);
    process.exit(code || rc);
  })();
  return finishing;
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { log(TAG, `${sig}: stopping`); finish(130, `interrupted by ${sig}`); });
}
const overall = setTimeout(() => { log(TAG, `overall timeout (${args.timeout} s)`); finish(1, `overall timeout of ${args.timeout} s`); }, Number(args.timeout) * 1000);

/** A UI check of the workbench itself (before the suites): recorded as passed or failed, never thrown. */
async function check(name, fn) {
  const t = Date.now();
  try {
    const detail = await fn();
    outcomes.record(name, true, detail, Date.now() - t);
  } catch (err) {
    outcomes.record(name, false, err.message.split('\n')[0], Date.now() - t);
  }
}

async function main() {
  const t0 = Date.now();
  await ensureEditor();
  workDir = mkdtempSync(path.join(os.tmpdir(), 'edgar-run-'));
  mkdirSync(resultsDir, { recursive: true });

  // Packaging the product runs `tsc -b`, which also compiles the suites: package first.
  const vsixDir = path.join(workDir, 'vsix');
  const vsix = [await packageHarness(vsixDir)];
  let productVsix;
  if (!args['no-product']) {
    productVsix = (await packageProduct(vsixDir)).vsix;
    vsix.push(productVsix);
  }
  const suites = path.resolve(args.suites);
  const runSuites = !args['no-suites'];
  if (runSuites && !existsSync(suites)) throw new Error(`no suites at ${suites} (did tsc -b compile test/editor?)`);

  const ws = args.workspace
    ? { dir: path.resolve(args.workspace), seed: path.join(path.resolve(args.workspace), SEED_FILE), files: { seed: path.join(path.resolve(args.workspace), SEED_FILE) } }
    : makeTestWorkspace(workDir);
  const resultsFile = path.join(workDir, 'results', 'editor-test-results.json');
  const env = {
    EDGAR_TEST_RESULTS: resultsFile,
    EDGAR_TEST_MOCHA: path.join(REPO_ROOT, 'node_modules', 'mocha'),
    EDGAR_TEST_WORKSPACE: ws.dir,
    EDGAR_TEST_LAUNCHER: 'web',
    EDGAR_TEST_TIMEOUT: '60000',
  };
  if (runSuites) env.EDGAR_TEST_SUITES = suites;
  if (args.grep) env.EDGAR_TEST_GREP = args.grep;
  if (productVsix) env.EDGAR_PRODUCT_VSIX = productVsix;

  const tServer = Date.now();
  server = await startServer({ vsix, env, keep: args.keep });
  log(TAG, `server ready in ${since(tServer)}`);

  const tBrowser = Date.now();
  browser = await pw.chromium.launch({
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, timeout: 60_000,
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Copy Cover Data as JSON writes the clipboard; a test reads it back.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url }).catch(() => {});
  page = await context.newPage();
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    consoleLines.push(`[dialog] ${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  const seedExists = existsSync(ws.seed);
  const url = workbenchUrl(server.url, ws.dir, seedExists ? ws.seed : undefined);
  log(TAG, `opening ${url}`);
  await page.goto(url, { timeout: 90_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  log(TAG, `workbench loaded in ${since(tBrowser)}`);

  // The workbench itself, before the suites change what it shows.
  const folderName = path.basename(ws.dir);
  await check(`ui: the explorer shows the workspace folder "${folderName}"`, async () => {
    await page.waitForFunction((name) => [...document.querySelectorAll('.pane-header .title')]
      .some((e) => e.textContent.trim().toLowerCase() === name.toLowerCase()), folderName, { timeout: 60_000 });
    const title = (await page.locator('.pane-header[aria-label^="Explorer Section"] .title').first().textContent())?.trim();
    if (title?.toLowerCase() !== folderName.toLowerCase()) throw new Error(`explorer section title is "${title}"`);
  });
  if (seedExists) {
    const name = path.basename(ws.seed);
    await check(`ui: the URL opened ${name} in an editor tab`, async () => {
      await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).first().waitFor({ timeout: 60_000 });
    });
  }

  // The harness runs the suites in the extension host.
  if (runSuites) {
    const tTests = Date.now();
    let results;
    pendingResultsFile = resultsFile;
    try {
      results = await waitForResults(resultsFile, Number(args['test-timeout']) * 1000, {
        tag: TAG,
        onTest: (e) => log(TAG, `${e.state === 'passed' ? 'ok  ' : e.state === 'failed' ? 'FAIL' : 'skip'} ${e.fullTitle} (${e.durationMs} ms)`),
      });
    } catch (err) {
      recordPartialProgress(resultsFile, outcomes, err);
    }
    pendingResultsFile = undefined;
    if (results) {
      ranIn = `VS Code ${results.vscodeVersion} (${results.appName}, ${results.uiKind}, extension host on Node ${results.node})`;
      log(TAG, `suites ran in ${ranIn} in ${results.durationMs} ms; waited ${since(tTests)}`);
      recordHarnessResults(results, outcomes);
      writeFileSync(path.join(resultsDir, 'editor-results.json'), JSON.stringify(results, null, 2) + '\n');
    }
  }

  // Then the UI checks, in the same window (they need the product).
  if (!args['no-ui'] && productVsix && !args.workspace) {
    const tUi = Date.now();
    await runUiChecks({
      page, files: ws.files, dialogs, resultsDir,
      record: (name, ok, detail, ms) => outcomes.record(name, ok, detail, ms),
      log: (m) => log(TAG, m),
      only: args.grep ? new RegExp(args.grep) : undefined,
    });
    log(TAG, `UI checks took ${since(tUi)}`);
  }
  log(TAG, `total ${since(t0)}`);
}

main().then(
  () => { clearTimeout(overall); return finish(0); },
  (err) => { clearTimeout(overall); log(TAG, `ERROR: ${errorText(err, 8)}`); return finish(1, `run: ${err.message.split('\n')[0]}`); },
);
