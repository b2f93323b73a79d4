// Build .vsix files for the real-editor runs: the product extension and the test harness.
//
//   node scripts/editor/package.mjs [outDir]     build both, print their paths
//
// The product is built with `tsc -b` (+ scripts/bundle.mjs when it exists) and packaged with
// vsce from the repository root (.vscodeignore decides the files). While the manifest cannot
// be packaged as it is (no activationEvents, or its "main" not built yet), a patched copy is
// packaged from a staging folder instead, with a loud warning saying what was patched.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, isMain, log, run, since } from './common.mjs';

const TAG = 'package';
const VSCE = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
const TSC = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
const VSCE_FLAGS = ['--no-dependencies', '--allow-missing-repository', '--skip-license'];

/** Clean environment for child builds run from `npm run` (npm_* variables point at npm's own setup). */
function buildEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
  return env;
}

async function vsce(cwd, outFile) {
  mkdirSync(path.dirname(outFile), { recursive: true });
  rmSync(outFile, { force: true });
  await run(VSCE, ['package', ...VSCE_FLAGS, '-o', outFile], { cwd, env: buildEnv(), timeoutMs: 120_000 });
  if (!existsSync(outFile)) throw new Error(`vsce reported success but ${outFile} is missing`);
  return outFile;
}

/** Package test/editor/harness into outDir; returns the .vsix path. */
export async function packageHarness(outDir) {
  const t0 = Date.now();
  const file = await vsce(path.join(REPO_ROOT, 'test', 'editor', 'harness'), path.join(outDir, 'edgar-test-harness.vsix'));
  log(TAG, `harness packaged in ${since(t0)}`);
  return file;
}

/** `tsc -b` in the repository; type errors are reported, not fatal (the tree is shared and moving). */
export async function buildProduct({ strict = false } = {}) {
  const t0 = Date.now();
  try {
    await run(TSC, ['-b'], { cwd: REPO_ROOT, env: buildEnv(), timeoutMs: 10 * 60_000 });
    log(TAG, `tsc -b ok in ${since(t0)}`);
  } catch (err) {
    const lines = err.message.split('\n').filter((l) => /error TS/.test(l));
    if (strict) throw err;
    log(TAG, `WARNING: tsc -b reported ${lines.length} error(s) (output still emitted); first ones:`);
    for (const l of lines.slice(0, 5)) log(TAG, `  ${l}`);
  }
  const bundler = path.join(REPO_ROOT, 'scripts', 'bundle.mjs');
  if (existsSync(bundler)) {
    const t1 = Date.now();
    try {
      await run(process.execPath, [bundler], { cwd: REPO_ROOT, env: buildEnv(), timeoutMs: 5 * 60_000 });
      log(TAG, `scripts/bundle.mjs ok in ${since(t1)}`);
    } catch (err) {
      if (strict) throw err;
      log(TAG, `WARNING: scripts/bundle.mjs failed: ${err.message.split('\n').slice(0, 6).join(' | ')}`);
    }
  }
}

/**
 * Package the product extension into outDir; returns {vsix, patched: string[]}.
 * @param {string} outDir
 * @param {{build?: boolean, strict?: boolean}} [opts]
 */
export async function packageProduct(outDir, opts = {}) {
  if (opts.build !== false) await buildProduct({ strict: opts.strict });
  const t0 = Date.now();
  const outFile = path.join(outDir, 'edgar-filings.vsix');
  try {
    await vsce(REPO_ROOT, outFile);
    log(TAG, `product packaged from the repository in ${since(t0)}`);
    return { vsix: outFile, patched: [] };
  } catch (err) {
    if (opts.strict) throw err;
    const why = (err.message.match(/ERROR\s+(.*)/) ?? [])[1] ?? err.message.split('\n')[0];
    log(TAG, `WARNING: vsce cannot package the repository as it is: ${why.trim()}`);
  }
  const { vsix, patched } = await packageStagedProduct(outDir, outFile);
  log(TAG, `WARNING: packaged a PATCHED copy of the product manifest (${patched.join('; ')}); fix package.json so this is not needed`);
  log(TAG, `product packaged from staging in ${since(t0)}`);
  return { vsix, patched };
}

/** Copy what the extension needs into a staging folder, patch the manifest gaps, package that. */
async function packageStagedProduct(outDir, outFile) {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const patched = [];
  const stage = path.join(outDir, 'product-stage');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const copy = (rel) => {
    const from = path.join(REPO_ROOT, rel);
    if (existsSync(from)) cpSync(from, path.join(stage, rel), { recursive: true });
  };
  for (const entry of readdirSync(REPO_ROOT)) {
    if (/^(README|LICENSE|CHANGELOG)/i.test(entry) || /^language-configuration.*\.json$/.test(entry)) copy(entry);
  }
  for (const dir of ['dist', 'syntaxes', 'images', 'media']) copy(dir);

  const main = manifest.main ? path.normalize(manifest.main) : undefined;
  if (main && !existsSync(path.join(REPO_ROOT, main))) {
    const fallback = path.join('out', 'client', 'extension.js');
    if (!existsSync(path.join(REPO_ROOT, fallback))) throw new Error(`neither ${main} nor ${fallback} exists: build the client first`);
    copy(path.join('out', 'client'));
    copy(path.join('out', 'server'));
    manifest.main = './' + fallback;
    patched.push(`main ${main} missing -> ./${fallback}`);
  }
  if (manifest.main && !manifest.activationEvents) {
    manifest.activationEvents = ['onStartupFinished'];
    patched.push('added activationEvents ["onStartupFinished"]');
  }
  delete manifest.scripts; // no vscode:prepublish in a staging copy
  writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  writeFileSync(path.join(stage, '.vscodeignore'), '**/*.map\n**/*.tsbuildinfo\n**/*.d.ts\n');
  const vsix = await vsce(stage, outFile);
  rmSync(stage, { recursive: true, force: true });
  return { vsix, patched };
}

if (isMain(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? path.join(os.tmpdir(), 'edgar-vsix'));
  Promise.all([packageProduct(outDir), packageHarness(outDir)]).then(([product, harness]) => {
    console.log(product.vsix);
    console.log(harness);
  }, (err) => { log(TAG, `FAILED: ${err.message}`); process.exit(1); });
}
