// Start and stop a real VS Code server (code-server's lib/vscode build under Node 24).
//
//   import { startServer } from './server.mjs';
//   const server = await startServer({ vsix: ['/tmp/x.vsix'], env: { FOO: '1' } });
//   ... open `${server.url}/?folder=/abs/path` in a browser ...
//   await server.stop();
//
// Every run gets fresh user-data, extensions and server-data folders under one temp folder
// (removed by stop() unless keep is set or EDGAR_EDITOR_KEEP=1). The server runs in its own
// process group; stop() kills the group and every descendant, and a process 'exit' hook
// SIGKILLs them if the caller forgot.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { descendants, editorInstalled, editorPaths, killGroup, log, run, since, sleep, stopGroup } from './common.mjs';

const TAG = 'server';

/** User settings every run starts with; callers may add or override. */
export const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'files.watcherExclude': { '**/.git/objects/**': true, '**/node_modules/**': true },
};

/** Resolves when `url` answers HTTP (any status below 500). */
async function waitForHttp(url, deadline, isDead) {
  while (Date.now() < deadline) {
    if (isDead()) throw new Error('server process exited before answering HTTP');
    const ok = await new Promise((resolve) => {
      const req = http.get(url, { timeout: 2000 }, (res) => { res.resume(); resolve(res.statusCode < 500); });
      req.on('error', () => resolve(false));
      req.on('timeout', () => { req.destroy(); resolve(false); });
    });
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`no HTTP answer from ${url} in time`);
}

/** Environment for the server: ours plus extra, minus what would tie it to an outer VS Code or npm. */
function serverEnv(tmpDir, extra) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_') || k.startsWith('npm_')) delete env[k];
  }
  // The server puts its IPC sockets in the temp dir: keep them in ours so they go away with it.
  env.TMPDIR = tmpDir;
  return { ...env, ...extra };
}

/**
 * Start a VS Code server.
 * @param {object} [opts]
 * @param {string[]} [opts.vsix]       .vsix files to install first
 * @param {Record<string,string>} [opts.env]  extra environment, seen by the extension host too
 * @param {Record<string,unknown>} [opts.settings]  user settings added to BASE_SETTINGS
 * @param {string} [opts.root]         use this folder instead of a fresh temp folder
 * @param {boolean} [opts.keep]        keep the temp folder after stop() (also EDGAR_EDITOR_KEEP=1)
 * @param {number} [opts.port]         fixed port (default: a free one, chosen by the server)
 * @param {number} [opts.timeoutMs]    for install + start (default 120 s)
 * @param {boolean} [opts.quiet]       no progress lines
 * @returns {Promise<{url: string, port: number, root: string, userDataDir: string, extensionsDir: string,
 *   serverDataDir: string, logFile: string, pid: number, extHostLogs: () => string[], output: () => string,
 *   exited: Promise<{code: number|null, signal: string|null}>, stop: () => Promise<void>}>}
 */
export async function startServer(opts = {}) {
  const p = editorPaths();
  if (!editorInstalled(p)) throw new Error('the editor is not installed: run `node scripts/editor/install.mjs` first');
  const t0 = Date.now();
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const deadline = t0 + timeoutMs;
  const say = (m) => { if (!opts.quiet) log(TAG, m); };
  const keep = opts.keep || process.env.EDGAR_EDITOR_KEEP === '1';

  // Short path on purpose: unix socket paths are limited to 107 bytes.
  const root = opts.root ?? mkdtempSync(path.join(os.tmpdir(), 'edgar-vsc-'));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const serverDataDir = path.join(root, 'server-data');
  const tmpDir = path.join(root, 'tmp');
  for (const d of [userDataDir, extensionsDir, serverDataDir, tmpDir, path.join(userDataDir, 'User')]) mkdirSync(d, { recursive: true });
  const settings = { ...BASE_SETTINGS, ...(opts.settings ?? {}) };
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const logFile = path.join(root, 'server.log');
  const env = serverEnv(tmpDir, opts.env ?? {});
  const dirArgs = [
    '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--server-data-dir', serverDataDir,
    '--accept-server-license-terms',
  ];

  let child;
  let exited = false;
  /** @type {(v: {code: number|null, signal: string|null}) => void} */
  let markExited = () => {};
  const exitedPromise = new Promise((resolve) => { markExited = resolve; });
  let stopped = false;
  let outText = '';
  const onExit = () => { if (child && !exited) { for (const d of descendants(child.pid)) { try { process.kill(d, 'SIGKILL'); } catch { /* gone */ } } killGroup(child.pid, 'SIGKILL'); } };

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', onExit);
    if (child) {
      // Descendants first: an extension host that left the group would otherwise survive.
      const kids = exited ? [] : descendants(child.pid);
      await stopGroup(child.pid, 3000);
      for (const d of kids) { try { process.kill(d, 'SIGKILL'); } catch { /* gone */ } }
    }
    if (!keep) rmSync(root, { recursive: true, force: true });
    else say(`kept ${root}`);
  };

  try {
    if (opts.vsix?.length) {
      const t1 = Date.now();
      const installArgs = opts.vsix.flatMap((v) => ['--install-extension', path.resolve(v)]);
      const out = await run(p.nodeBin, [p.serverMain, ...installArgs, '--force', ...dirArgs], {
        env, timeoutMs: Math.max(5000, deadline - Date.now()),
      });
      if (!/successfully installed/i.test(out)) throw new Error(`installing ${opts.vsix.join(', ')} printed no success:\n${out}`);
      say(`installed ${opts.vsix.map((v) => path.basename(v)).join(', ')} in ${since(t1)}`);
    }

    const args = [
      p.serverMain, '--host', '127.0.0.1', '--port', String(opts.port ?? 0), '--without-connection-token',
      '--disable-telemetry', ...dirArgs,
    ];
    const logStream = createWriteStream(logFile);
    child = spawn(p.nodeBin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    process.on('exit', onExit);
    const portPromise = new Promise((resolve, reject) => {
      const take = (d) => {
        logStream.write(d);
        outText += d.toString();
        if (outText.length > 200_000) outText = outText.slice(-100_000);
        const m = /Extension host agent listening on (\d+)/.exec(outText) ?? /Server bound to [^\s]*:(\d+)/.exec(outText);
        if (m) resolve(Number(m[1]));
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        exited = true;
        markExited({ code, signal });
        logStream.end();
        reject(new Error(`server exited (${code ?? signal}) before listening`));
      });
      setTimeout(() => reject(new Error('server did not report its port in time')), Math.max(1000, deadline - Date.now())).unref();
    });
    const port = await portPromise;
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(url + '/', deadline, () => exited);
    say(`VS Code server up at ${url} in ${since(t0)} (pid ${child.pid}, data ${root})`);

    const extHostLogs = () => {
      const logs = path.join(userDataDir, 'logs');
      const found = [];
      const walk = (d) => {
        if (!existsSync(d)) return;
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const f = path.join(d, e.name);
          if (e.isDirectory()) walk(f);
          else if (/exthost/i.test(f) && f.endsWith('.log')) found.push(f);
        }
      };
      walk(logs);
      return found;
    };
    return {
      url, port, root, userDataDir, extensionsDir, serverDataDir, logFile, pid: child.pid, extHostLogs, stop,
      output: () => outText,
      exited: exitedPromise,
    };
  } catch (err) {
    await stop();
    const tailText = outText ? `\n--- server output ---\n${outText.split('\n').slice(-30).join('\n')}` : '';
    err.message += tailText;
    throw err;
  }
}
