// The language server dies (killed, as an out-of-memory kill would): the client starts it
// again and the filing is served as before, without the user doing anything.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { SUITE_TIMEOUT_MS, closeAllEditors, flattenSymbols, openFiling, waitFor } from '../support/editor';

/** Pids of the extension host's child processes that run the product's language server (from /proc). */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (ppid === process.pid && /edgar-filings[^\0]*[/\\]dist[/\\]server\.js/.test(command)) pids.push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}

suite('the language server dies', function () {
  this.timeout(SUITE_TIMEOUT_MS);
  suiteTeardown(closeAllEditors);

  test('killed once, it is started again and the seed gets its outline again', async function () {
    if (!fs.existsSync('/proc/self/stat')) this.skip(); // finding the server's process needs /proc
    const { editor } = await openFiling('seed');
    const [first] = await waitFor('the language server process', () => {
      const pids = serverPids();
      return pids.length === 1 ? pids : undefined;
    });
    process.kill(first, 'SIGKILL');
    await waitFor('the old server to be gone', () => !fs.existsSync(`/proc/${first}`));

    const [second] = await waitFor('a new language server process', () => {
      const pids = serverPids();
      return pids.length === 1 && pids[0] !== first ? pids : undefined;
    });
    assert.notStrictEqual(second, first);
    // The new server knows the open document: the outline and the hover come back.
    const names = await waitFor('the outline from the new server', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      const all = symbols ? flattenSymbols(symbols).map((s) => s.name) : [];
      return all.some((n) => n.startsWith('Item 7.01')) ? all : undefined;
    });
    assert.ok(names.includes('Cover Page'), names.join(' | '));
  });
});
