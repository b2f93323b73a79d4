// A filing is untrusted input: a registrant name that is HTML and script must reach the
// Filing Summary panel and the Filing Structure view as text. (The browser UI check
// `ui-summary-shows-html-as-text` looks at the rendered panel and listens for dialogs.)
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SUITE_TIMEOUT_MS, closeAllEditors, openFiling, structureNode, summaryTab, waitFor } from '../support/editor';

const PAYLOAD = `<img src=x onerror="alert('edgar-xss-img')"><script>alert('edgar-xss-script')</script>`;

suite('untrusted text from a filing', function () {
  this.timeout(SUITE_TIMEOUT_MS);
  suiteTeardown(async () => {
    const tab = summaryTab();
    if (tab) await vscode.window.tabGroups.close(tab);
    await closeAllEditors();
  });

  test('the registrant name with HTML and script in it is read as the registrant, as written', async () => {
    const { api } = await openFiling('htmlInRegistrant');
    assert.strictEqual(api.getActiveSummary()?.registrant, `${PAYLOAD}ImmunoGen, Inc.`);
  });

  test('the Filing Summary page escapes it: no <img> or inline <script> element, only the nonce script of the extension', async () => {
    const { api } = await openFiling('htmlInRegistrant');
    assert.strictEqual(await vscode.commands.executeCommand('edgarFilings.showSummary'), true);
    const html = await waitFor('the summary page of the filing', () => {
      const h = api.getSummaryHtml();
      return h && h.includes('ImmunoGen') ? h : undefined;
    });
    assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(&#39;edgar-xss-img&#39;)&quot;&gt;'), 'the <img> is not shown as escaped text');
    assert.ok(html.includes('&lt;script&gt;alert(&#39;edgar-xss-script&#39;)&lt;/script&gt;'), 'the <script> is not shown as escaped text');
    assert.ok(!/<img\b/i.test(html), 'the page has an <img> element');
    const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
    assert.strictEqual(scripts.length, 1, `scripts: ${scripts.join(' ')}`);
    assert.match(scripts[0], /^<script nonce="[A-Za-z0-9]{16,}" src="[^"]+summary\.js">$/);
    const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9]+'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });

  test('the Filing Structure view shows the name as plain text in its description and tooltip', async () => {
    const { api } = await openFiling('htmlInRegistrant');
    const node = await waitFor('the registrant in the structure view', () => structureNode(api.getStructureItems(), 'Cover', 'Registrant'));
    assert.strictEqual(node.description, `${PAYLOAD}ImmunoGen, Inc.`);
    assert.ok(node.tooltip.includes(PAYLOAD));
  });
});
