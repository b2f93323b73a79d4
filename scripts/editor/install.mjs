#!/usr/bin/env node
// Idempotent installer of a real VS Code (the server build inside npm's code-server) for this machine.
//
//   node scripts/editor/install.mjs            install what is missing, print the paths
//   node scripts/editor/install.mjs --force    reinstall Node 24 and code-server
//
// Cache: $EDGAR_EDITOR_CACHE or ~/.cache/edgar-filings-editor (outside the repository).
// What it does (each step skipped when its marker says it is done):
//   1. apt-get install chromium libkrb5-dev (apt-get update once, only if something is missing)
//   2. npm install node@24                  -> <cache>/node24 (binary + headers)
//   3. npm install code-server@4.139.1      -> <cache>/code-server-4.139.1, under Node 24,
//      with npm_config_nodedir = Node 24's folder so native modules build against its headers.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  APT_PACKAGES, CHROMIUM, CODE_SERVER_VERSION, NODE_MAJOR, editorPaths, isMain, log, run, since, sleep,
} from './common.mjs';

const TAG = 'install';

/** Debian packages from the list that are not installed. */
function missingAptPackages(names) {
  return names.filter((name) => {
    try {
      const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', name], {
        encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
      });
      return !status.includes('install ok installed');
    } catch {
      return true;
    }
  });
}

async function ensureAptPackages() {
  const missing = missingAptPackages(APT_PACKAGES);
  if (missing.length === 0 && existsSync(CHROMIUM)) {
    log(TAG, `apt packages present (${APT_PACKAGES.join(', ')})`);
    return;
  }
  if (process.getuid && process.getuid() !== 0) {
    throw new Error(`missing Debian packages ${missing.join(' ')}: run as root: apt-get update && apt-get install -y ${missing.join(' ')}`);
  }
  const t0 = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(TAG, `apt-get update (missing: ${missing.join(', ')})`);
  await run('apt-get', ['update'], { env, timeoutMs: 10 * 60_000 });
  log(TAG, `apt-get install ${missing.join(' ')}`);
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env, timeoutMs: 20 * 60_000 });
  const still = missingAptPackages(APT_PACKAGES);
  if (still.length) throw new Error(`apt-get did not install ${still.join(', ')}`);
  log(TAG, `apt packages installed in ${since(t0)}`);
}

function readMarker(file) {
  try { return JSON.parse(readFileSync(file, 'utf8')); } catch { return undefined; }
}

/** npm with a clean environment: our nodedir wins over ~/.npmrc's `nodedir=/usr` (Node 20 headers). */
function npmEnv(p, withNode24) {
  const env = { ...process.env };
  // Under `npm run`, npm exports its own settings (npm_config_*, npm_node_execpath...) that point at Node 20.
  for (const k of Object.keys(env)) if (/^npm_/i.test(k)) delete env[k];
  Object.assign(env, { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });
  if (withNode24) {
    env.PATH = `${path.join(p.nodeDir, 'bin')}:${env.PATH}`;
    env.npm_config_nodedir = p.nodeDir;
  }
  return env;
}

async function ensureNode24(p, force) {
  const marker = readMarker(p.nodeMarker);
  if (!force && marker && existsSync(p.nodeBin)) {
    log(TAG, `Node ${marker.version} present (${p.nodeBin})`);
    return;
  }
  const t0 = Date.now();
  log(TAG, `installing Node ${NODE_MAJOR} from npm (node@${NODE_MAJOR}) into ${p.nodeRoot}`);
  rmSync(p.nodeRoot, { recursive: true, force: true });
  mkdirSync(p.nodeRoot, { recursive: true });
  writeFileSync(path.join(p.nodeRoot, 'package.json'), JSON.stringify({ name: 'edgar-editor-node', private: true }, null, 2));
  await run('npm', ['install', '--no-package-lock', `node@${NODE_MAJOR}`], { cwd: p.nodeRoot, env: npmEnv(p, false), timeoutMs: 10 * 60_000 });
  if (!existsSync(p.nodeBin)) throw new Error(`node@${NODE_MAJOR} installed but ${p.nodeBin} is missing`);
  if (!existsSync(path.join(p.nodeDir, 'include', 'node', 'node.h'))) throw new Error(`node@${NODE_MAJOR} has no headers in ${p.nodeDir}/include/node`);
  const version = execFileSync(p.nodeBin, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`expected Node ${NODE_MAJOR}, got ${version}`);
  writeFileSync(p.nodeMarker, JSON.stringify({ version, installedAt: new Date().toISOString() }, null, 2));
  log(TAG, `Node ${version} installed in ${since(t0)}`);
}

async function ensureCodeServer(p, force) {
  const marker = readMarker(p.csMarker);
  const nodeVersion = readMarker(p.nodeMarker)?.version;
  if (!force && marker && marker.codeServer === CODE_SERVER_VERSION && marker.node === nodeVersion && existsSync(p.serverMain)) {
    log(TAG, `code-server ${marker.codeServer} (VS Code ${marker.vscode}) present (${p.csDir})`);
    return;
  }
  const t0 = Date.now();
  log(TAG, `installing code-server@${CODE_SERVER_VERSION} under Node ${nodeVersion} into ${p.csRoot} (takes a few minutes)`);
  rmSync(p.csRoot, { recursive: true, force: true });
  mkdirSync(p.csRoot, { recursive: true });
  writeFileSync(path.join(p.csRoot, 'package.json'), JSON.stringify({ name: 'edgar-editor-code-server', private: true }, null, 2));
  // A progress tick so a silent multi-minute npm install does not look hung.
  const tick = setInterval(() => log(TAG, `  ... still installing code-server (${since(t0)})`), 60_000);
  try {
    await run('npm', ['install', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: p.csRoot, env: npmEnv(p, true), timeoutMs: 30 * 60_000,
    });
  } finally {
    clearInterval(tick);
  }
  if (!existsSync(p.serverMain)) throw new Error(`code-server installed but ${p.serverMain} is missing`);
  // Check that the native modules load under Node 24 (a wrong ABI shows up here, not at first use).
  const probe = `for (const m of ['@vscode/spdlog','node-pty','@parcel/watcher','kerberos']) { try { require(m); } catch (e) { console.error(m + ': ' + e.message); process.exitCode = 1; } }`;
  await run(p.nodeBin, ['-e', probe], { cwd: p.vscodeDir, timeoutMs: 60_000 });
  const vscode = JSON.parse(readFileSync(path.join(p.vscodeDir, 'package.json'), 'utf8')).version;
  writeFileSync(p.csMarker, JSON.stringify({ codeServer: CODE_SERVER_VERSION, vscode, node: nodeVersion, installedAt: new Date().toISOString() }, null, 2));
  log(TAG, `code-server ${CODE_SERVER_VERSION} (VS Code ${vscode}) installed in ${since(t0)}`);
}

/** One install at a time per cache (mkdir is atomic); a lock left by a dead process is taken over. */
async function withLock(p, fn) {
  mkdirSync(p.base, { recursive: true });
  const pidFile = path.join(p.lockDir, 'pid');
  for (let waited = 0; ; waited++) {
    try {
      mkdirSync(p.lockDir);
      writeFileSync(pidFile, String(process.pid));
      break;
    } catch {
      let owner = NaN;
      try { owner = Number(readFileSync(pidFile, 'utf8')); } catch { /* being written */ }
      let alive = false;
      if (owner) { try { process.kill(owner, 0); alive = true; } catch { alive = false; } }
      if (owner && !alive) { rmSync(p.lockDir, { recursive: true, force: true }); continue; }
      if (waited % 30 === 0) log(TAG, `waiting for another install (pid ${owner || '?'}) to finish`);
      await sleep(1000);
    }
  }
  try { return await fn(); } finally { rmSync(p.lockDir, { recursive: true, force: true }); }
}

/**
 * Make sure the editor is installed; returns its paths.
 * @param {{force?: boolean}} [opts]
 */
export async function ensureEditor(opts = {}) {
  const p = editorPaths();
  const t0 = Date.now();
  await withLock(p, async () => {
    await ensureAptPackages();
    await ensureNode24(p, opts.force);
    await ensureCodeServer(p, opts.force);
  });
  log(TAG, `editor ready in ${since(t0)} (cache ${p.base})`);
  return p;
}

if (isMain(import.meta.url)) {
  ensureEditor({ force: process.argv.includes('--force') }).then((p) => {
    console.log(`node24:      ${p.nodeBin}`);
    console.log(`server-main: ${p.serverMain}`);
    console.log(`chromium:    ${CHROMIUM}`);
  }, (err) => {
    log(TAG, `FAILED: ${err.message}`);
    process.exit(1);
  });
}
