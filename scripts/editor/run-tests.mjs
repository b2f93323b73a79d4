#!/usr/bin/env node
// Run mocha suites inside a real VS Code (server build + headless Chromium).
//
//   node scripts/editor/run-tests.mjs [--suites DIR] [--workspace DIR] [--grep RE]
//        [--no-product] [--timeout SECONDS] [--keep]
//
// Steps: install the editor if needed; package the product and the test harness (.vsix);
// start the VS Code server with both installed and EDGAR_TEST_* in the extension host's
// environment; open the workspace in Chromium (playwright-core); check the workbench in the
// DOM; wait for the harness's results file; print each result and a final `N passed, N failed`.
// Browser and server are always stopped (finally, SIGINT/SIGTERM, overall timeout).
// Artifacts in test-results/: editor.png (screenshot), editor-results.json, editor-browser.log,
// editor-exthost.log. Exit code 0 only if something ran and nothing failed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pw from 'playwright-core';
import { CHROMIUM, REPO_ROOT, SEED_FILE, log, makeSampleWorkspace, since, sleep, workbenchUrl } from './common.mjs';
import { ensureEditor } from './install.mjs';
import { packageHarness, packageProduct } from './package.mjs';
import { startServer } from './server.mjs';

const TAG = 'editor-tests';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

const { values: args } = parseArgs({
  options: {
    suites: { type: 'string', default: path.join(REPO_ROOT, 'test', 'editor', 'suite') },
    workspace: { type: 'string' },
    grep: { type: 'string' },
    'no-product': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '600' },
    'test-timeout': { type: 'string', default: '300' },
    keep: { type: 'boolean', default: false },
  },
});

const resultsDir = path.join(REPO_ROOT, 'test-results');
/** Results of checks made here (UI) and by the harness, in print order. */
const outcomes = [];
let server;
let browser;
let page;
let workDir;
let cleaning;
/** Browser console lines, written to test-results/editor-browser.log at the end. */
const consoleLines = [];

function record(name, ok, detail, ms) {
  outcomes.push({ name, ok, detail, ms });
  console.log(`  ${ok === null ? 'skip' : ok ? 'ok  ' : 'FAIL'} ${name}${ms !== undefined ? ` (${ms} ms)` : ''}${!ok && detail ? `\n       ${detail.split('\n').join('\n       ')}` : ''}`);
}

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

function summarize() {
  const passed = outcomes.filter((o) => o.ok === true).length;
  const failed = outcomes.filter((o) => o.ok === false).length;
  const skipped = outcomes.filter((o) => o.ok === null).length;
  if (skipped) console.log(`skipped: ${skipped}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

async function finish(code, why) {
  if (why) record(why, false);
  await cleanup();
  const rc = summarize();
  process.exit(code || rc);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { log(TAG, `${sig}: stopping`); finish(130, `interrupted by ${sig}`); });
}
const overall = setTimeout(() => { log(TAG, `overall timeout (${args.timeout} s)`); finish(1, `overall timeout of ${args.timeout} s`); }, Number(args.timeout) * 1000);

/** An error's text (message, or the non-frame head of its stack) and its first n frames. */
function errorText(e, n) {
  const head = (e.stack ?? '').split('\n').filter((l) => !/^\s+at /.test(l)).join('\n').trim();
  return `${head || e.message}${frames(e.stack, n)}`;
}

/** The harness's progress lines (JSON per line), or [] when there are none. */
function readProgress(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).flatMap((l) => { try { return [JSON.parse(l)]; } catch { return []; } });
}

/** The first n "at ..." lines of a stack, each on its own line. */
function frames(stack, n) {
  const lines = (stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, n);
  return lines.length ? `\n${lines.map((l) => l.trim()).join('\n')}` : '';
}

/** Wait for the harness: print progress lines as they come; resolve with the results JSON. */
async function waitForResults(resultsFile, timeoutMs) {
  const progressFile = `${resultsFile}.progress`;
  const t0 = Date.now();
  let seenStart = false;
  while (Date.now() - t0 < timeoutMs) {
    if (existsSync(resultsFile)) return JSON.parse(readFileSync(resultsFile, 'utf8'));
    if (!seenStart && existsSync(progressFile)) {
      seenStart = true;
      log(TAG, `harness started after ${since(t0)}`);
    }
    if (!seenStart && Date.now() - t0 > 60_000) throw new Error('the test harness did not start within 60 s (is it installed and activated? see test-results/editor-exthost.log)');
    await sleep(250);
  }
  throw new Error(`no results after ${timeoutMs / 1000} s (tests still running or stuck)`);
}

async function main() {
  const t0 = Date.now();
  await ensureEditor();
  workDir = mkdtempSync(path.join(os.tmpdir(), 'edgar-run-'));
  mkdirSync(resultsDir, { recursive: true });
  const suites = path.resolve(args.suites);
  if (!existsSync(suites)) throw new Error(`no suites at ${suites}`);

  const vsixDir = path.join(workDir, 'vsix');
  const vsix = [await packageHarness(vsixDir)];
  let productVsix;
  if (!args['no-product']) {
    productVsix = (await packageProduct(vsixDir)).vsix;
    vsix.push(productVsix);
  }

  const ws = args.workspace
    ? { dir: path.resolve(args.workspace), seed: path.join(path.resolve(args.workspace), SEED_FILE) }
    : makeSampleWorkspace(path.join(workDir, 'edgar-sample-filings'));
  const resultsFile = path.join(workDir, 'results', 'editor-test-results.json');
  const env = {
    EDGAR_TEST_SUITES: suites,
    EDGAR_TEST_RESULTS: resultsFile,
    EDGAR_TEST_MOCHA: path.join(REPO_ROOT, 'node_modules', 'mocha'),
    EDGAR_TEST_WORKSPACE: ws.dir,
  };
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
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  const seedExists = existsSync(ws.seed);
  const url = workbenchUrl(server.url, ws.dir, seedExists ? ws.seed : undefined);
  log(TAG, `opening ${url}`);
  await page.goto(url, { timeout: 60_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log(TAG, `workbench loaded in ${since(tBrowser)}`);

  // UI checks, read from the DOM.
  const folderName = path.basename(ws.dir);
  {
    const t = Date.now();
    try {
      await page.waitForFunction((name) => [...document.querySelectorAll('.pane-header .title')]
        .some((e) => e.textContent.trim().toLowerCase() === name.toLowerCase()), folderName, { timeout: 30_000 });
      const title = (await page.locator('.pane-header[aria-label^="Explorer Section"] .title').first().textContent())?.trim();
      record(`ui: the explorer shows the workspace folder "${folderName}"`, title?.toLowerCase() === folderName.toLowerCase(),
        `explorer section title is "${title}"`, Date.now() - t);
    } catch (err) {
      record(`ui: the explorer shows the workspace folder "${folderName}"`, false, err.message.split('\n')[0], Date.now() - t);
    }
  }
  if (seedExists) {
    const t = Date.now();
    const name = path.basename(ws.seed);
    try {
      await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).first().waitFor({ timeout: 30_000 });
      record(`ui: the URL opened ${name} in an editor tab`, true, undefined, Date.now() - t);
    } catch (err) {
      record(`ui: the URL opened ${name} in an editor tab`, false, err.message.split('\n')[0], Date.now() - t);
    }
  }

  // The harness runs the suites in the extension host.
  const tTests = Date.now();
  let results;
  try {
    results = await waitForResults(resultsFile, Number(args['test-timeout']) * 1000);
  } catch (err) {
    // Report what the harness finished before it got stuck, and which test it was in.
    const progress = readProgress(`${resultsFile}.progress`);
    for (const t of progress.filter((e) => e.event === 'test')) record(t.fullTitle, t.state === 'passed' ? true : t.state === 'failed' ? false : null, t.error?.message, t.durationMs);
    const begun = progress.filter((e) => e.event === 'begin').map((e) => e.fullTitle);
    const done = new Set(progress.filter((e) => e.event === 'test').map((e) => e.fullTitle));
    const stuck = begun.filter((t) => !done.has(t));
    record('harness: results', false, `${err.message}${stuck.length ? `\nstill running: ${stuck.join('; ')}` : ''}`);
  }
  if (results) {
    log(TAG, `suites ran in VS Code ${results.vscodeVersion} (${results.appName}, Node ${results.node}) in ${results.durationMs} ms; waited ${since(tTests)}`);
    for (const t of results.tests) {
      const state = t.state === 'passed' ? true : t.state === 'failed' ? false : null;
      const detail = t.error ? errorText(t.error, 4) : undefined;
      record(t.fullTitle, state, detail, t.durationMs);
    }
    for (const e of results.errors) record(`harness: ${e.where}`, false, errorText(e, 6));
    writeFileSync(path.join(resultsDir, 'editor-results.json'), JSON.stringify(results, null, 2) + '\n');
  }
  log(TAG, `total ${since(t0)}`);
}

main().then(
  () => { clearTimeout(overall); return finish(0); },
  (err) => { clearTimeout(overall); log(TAG, `ERROR: ${err.stack ?? err}`); return finish(1, `run: ${err.message.split('\n')[0]}`); },
);
