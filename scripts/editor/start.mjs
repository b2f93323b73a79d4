#!/usr/bin/env node
// `npm start`: the product in a real VS Code, in your browser.
//
//   node scripts/editor/start.mjs [--folder DIR] [--port N] [--keep]
//
// Installs the editor if needed (first time: a few minutes), builds and packages the extension,
// starts the VS Code server with it installed, opens a workspace of sample filings copied from
// test/fixtures/corpus (or --folder DIR), and prints the address to open. The address opens the
// seed filing too. Runs until Ctrl-C; everything it started is stopped then.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SEED_FILE, log, makeSampleWorkspace, since, workbenchUrl } from './common.mjs';
import { ensureEditor } from './install.mjs';
import { packageProduct } from './package.mjs';
import { startServer } from './server.mjs';

const TAG = 'start';
const { values: args } = parseArgs({
  options: {
    folder: { type: 'string' },
    port: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

let server;
let workDir;
let stopping;

async function shutdown(code) {
  if (!stopping) {
    stopping = (async () => {
      if (server) await server.stop();
      if (workDir && !args.keep) rmSync(workDir, { recursive: true, force: true });
    })();
  }
  await stopping;
  process.exit(code);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { log(TAG, `${sig}: stopping the editor`); shutdown(0); });
}

async function main() {
  const t0 = Date.now();
  await ensureEditor();
  workDir = mkdtempSync(path.join(os.tmpdir(), 'edgar-start-'));
  const { vsix } = await packageProduct(path.join(workDir, 'vsix'));

  let folder;
  let openFile;
  if (args.folder) {
    folder = path.resolve(args.folder);
    if (!existsSync(folder)) throw new Error(`no folder ${folder}`);
    const seed = path.join(folder, SEED_FILE);
    openFile = existsSync(seed) ? seed : readdirSync(folder).filter((f) => /\.(txt|nc|html?)$/i.test(f)).map((f) => path.join(folder, f))[0];
  } else {
    const ws = makeSampleWorkspace(path.join(workDir, 'edgar-sample-filings'));
    folder = ws.dir;
    openFile = ws.seed;
  }

  server = await startServer({ vsix: [vsix], port: args.port ? Number(args.port) : undefined, keep: args.keep });
  server.exited.then(({ code, signal }) => {
    if (stopping) return;
    log(TAG, `the VS Code server stopped by itself (${code ?? signal}); last output:\n${server.output().split('\n').slice(-20).join('\n')}`);
    shutdown(1);
  });
  const url = workbenchUrl(server.url, folder, openFile);
  log(TAG, `ready in ${since(t0)}`);
  console.log('');
  console.log(`EDGAR Filings in VS Code ${server.url}`);
  console.log(`  workspace: ${folder}`);
  console.log(`  open:      ${url}`);
  console.log(`  (just the folder: ${workbenchUrl(server.url, folder)})`);
  console.log(`  logs:      ${path.join(server.userDataDir, 'logs')}  (extension host: exthost1/remoteexthost.log)`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((err) => {
  log(TAG, `FAILED: ${err.stack ?? err}`);
  shutdown(1);
});
