// Results of an editor run, shared by both launchers (run-tests.mjs: VS Code for the browser;
// run-electron.mjs: @vscode/test-electron): one line per check as it is known, the harness's
// results file, and the closing report (`VS Code <version> ...` then `N passed, N failed`).
import { existsSync, readFileSync } from 'node:fs';
import { log, since, sleep } from './common.mjs';

export class Outcomes {
  constructor() {
    /** @type {{name: string, ok: boolean|null, detail?: string, ms?: number}[]} */
    this.list = [];
  }

  /** ok: true passed, false failed, null skipped. */
  record(name, ok, detail, ms) {
    this.list.push({ name, ok, detail, ms });
    const state = ok === null ? 'skip' : ok ? 'ok  ' : 'FAIL';
    const time = ms !== undefined ? ` (${ms} ms)` : '';
    const more = ok === false && detail ? `\n       ${detail.split('\n').join('\n       ')}` : '';
    console.log(`  ${state} ${name}${time}${more}`);
  }

  get passed() { return this.list.filter((o) => o.ok === true).length; }
  get failed() { return this.list.filter((o) => o.ok === false).length; }
  get skipped() { return this.list.filter((o) => o.ok === null).length; }

  /**
   * Print the closing report and answer the exit code (0 only if something passed and
   * nothing failed). `about` names what ran the suites ("VS Code 1.139.1 (code-server, web)").
   */
  summarize(about) {
    const failedNames = this.list.filter((o) => o.ok === false).map((o) => o.name);
    if (failedNames.length) {
      console.log('\nfailed:');
      for (const n of failedNames) console.log(`  - ${n}`);
    }
    console.log('');
    if (about) console.log(about);
    if (this.skipped) console.log(`skipped: ${this.skipped}`);
    console.log(`${this.passed} passed, ${this.failed} failed`);
    return this.failed === 0 && this.passed > 0 ? 0 : 1;
  }
}

/** An error's text (message, or the non-frame head of its stack) and its first n frames. */
export function errorText(e, n) {
  const head = (e.stack ?? '').split('\n').filter((l) => !/^\s+at /.test(l)).join('\n').trim();
  return `${head || e.message}${frames(e.stack, n)}`;
}

/** The first n "at ..." lines of a stack, each on its own line. */
function frames(stack, n) {
  const lines = (stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, n);
  return lines.length ? `\n${lines.map((l) => l.trim()).join('\n')}` : '';
}

/** The harness's progress lines (JSON per line), or [] when there are none. */
export function readProgress(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).flatMap((l) => { try { return [JSON.parse(l)]; } catch { return []; } });
}

/**
 * Wait for the harness's results file; print each test as it finishes (from the progress
 * file), so a long run shows life. Resolves with the results JSON.
 * @param {string} resultsFile
 * @param {number} timeoutMs
 * @param {{tag: string, startTimeoutMs?: number, onTest?: (entry: object) => void}} opts
 */
export async function waitForResults(resultsFile, timeoutMs, opts) {
  const progressFile = `${resultsFile}.progress`;
  const t0 = Date.now();
  const startTimeoutMs = opts.startTimeoutMs ?? 90_000;
  let seenStart = false;
  let shown = 0;
  while (Date.now() - t0 < timeoutMs) {
    const progress = readProgress(progressFile);
    if (!seenStart && progress.length) {
      seenStart = true;
      log(opts.tag, `harness started after ${since(t0)}`);
    }
    const done = progress.filter((e) => e.event === 'test');
    for (const e of done.slice(shown)) opts.onTest?.(e);
    shown = done.length;
    if (existsSync(resultsFile)) return JSON.parse(readFileSync(resultsFile, 'utf8'));
    if (!seenStart && Date.now() - t0 > startTimeoutMs) {
      throw new Error(`the test harness did not start within ${startTimeoutMs / 1000} s (is it installed and activated? see the extension host log)`);
    }
    await sleep(250);
  }
  throw new Error(`no results after ${timeoutMs / 1000} s (tests still running or stuck)`);
}

/** Record the harness's tests (from its results JSON) as outcomes. */
export function recordHarnessResults(results, outcomes) {
  for (const t of results.tests) {
    const state = t.state === 'passed' ? true : t.state === 'failed' ? false : null;
    outcomes.record(t.fullTitle, state, t.error ? errorText(t.error, 4) : undefined, t.durationMs);
  }
  for (const e of results.errors) outcomes.record(`harness: ${e.where}`, false, errorText(e, 6));
  if (results.tests.length === 0 && results.errors.length === 0) outcomes.record('harness: no tests ran', false, `no test in ${results.suitesDir}`);
}

/**
 * When the results never came: record what the harness finished before it got stuck, and
 * which test it was in.
 */
export function recordPartialProgress(resultsFile, outcomes, err) {
  const progress = readProgress(`${resultsFile}.progress`);
  for (const t of progress.filter((e) => e.event === 'test')) {
    outcomes.record(t.fullTitle, t.state === 'passed' ? true : t.state === 'failed' ? false : null, t.error?.message, t.durationMs);
  }
  const begun = progress.filter((e) => e.event === 'begin').map((e) => e.fullTitle);
  const done = new Set(progress.filter((e) => e.event === 'test').map((e) => e.fullTitle));
  const stuck = begun.filter((t) => !done.has(t));
  outcomes.record('harness: results', false, `${err.message}${stuck.length ? `\nstill running: ${stuck.join('; ')}` : ''}`);
}
