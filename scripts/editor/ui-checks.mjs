// UI checks: what a user sees in the browser window of VS Code, read from the DOM with
// playwright-core. Run by run-tests.mjs after the integration suites (they share the window).
//
// Each check drives the workbench the way a person does (Quick Open, the Command Palette,
// the mouse over the text, clicks on view headers), asserts on the DOM, and leaves a
// screenshot named after it: test-results/ui-<check>.png (taken on failure too).
import { copyFileSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Longest a check may take (its polls have shorter deadlines of their own). */
const CHECK_BUDGET_MS = 90_000;

/** A failed expectation of a UI check. */
class UiCheckError extends Error {}

function expect(ok, message) {
  if (!ok) throw new UiCheckError(message);
}

/**
 * Poll `probe` (async, may throw) until it answers a truthy value; throw the last error, or
 * `what`, after timeoutMs. Used instead of fixed sleeps: the machine may be slow.
 */
async function poll(what, probe, timeoutMs = 30_000, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
      last = undefined;
    } catch (e) {
      last = e;
    }
    if (Date.now() >= deadline) {
      throw new UiCheckError(`timed out after ${timeoutMs / 1000} s: ${what}${last ? ` (${String(last.message ?? last).split('\n')[0]})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Selectors of the workbench (VS Code 1.139). */
const SEL = {
  quickInput: '.quick-input-widget .quick-input-box input',
  quickRows: '.quick-input-widget .quick-input-list .monaco-list-row',
  editorLines: '.editor-group-container.active .monaco-editor .view-lines',
  editorHover: '.monaco-editor .monaco-hover:not(.hidden)',
  paneHeader: (start) => `.pane-header[aria-label^="${start}"]`,
  problemsRows: '.markers-panel .monaco-list-row',
};

/**
 * The checks, in order; each gets the context and returns nothing (throws to fail).
 * @typedef {{page: import('playwright-core').Page, files: Record<string, string>, dialogs: string[]}} UiContext
 */

/** The windows-1252-warned check, on a file `name` of the workspace that is a Windows-1252 filing. */
async function runWindows1252Check(page, name) {
  await openFile(page, name);
  const toast = await poll('the message about the encoding', async () => {
    const t = page.locator('.notifications-toasts .notification-toast', { hasText: 'looks like a Windows-1252 filing' }).first();
    return (await t.count()) && (await t.isVisible()) ? t : undefined;
  });
  const said = (await toast.innerText()).replace(/\s+/g, ' ');
  expect(said.includes(`${name} looks like a Windows-1252 filing opened as UTF-8`), `the message: ${said}`);
  expect(said.includes('saving it now would write'), `the message: ${said}`);
  await toast.locator('a.monaco-button, .monaco-button', { hasText: 'Reopen with Encoding' }).first().click();
  const rows = await poll('the Reopen with Encoding picker', async () => {
    const labels = (await quickRows(page)).map((r) => r.label);
    return labels.some((l) => /Reopen with Encoding/.test(l)) ? labels : undefined;
  }, 15_000);
  expect(rows.some((l) => /Save with Encoding/.test(l)), `picker rows: ${rows.join(' | ')}`);
  await page.keyboard.press('Escape');
  // The file is as it was: nothing was written into it.
  const tab = page.locator('.tabs-container .tab.active').first();
  const title = `${await tab.getAttribute('aria-label')} ${await tab.innerText()}`;
  expect(title.includes(name), `active tab: ${title}`);
  expect(!(await page.locator('.tabs-container .tab.active.dirty').count()), 'the file is not modified');
}

/** The rows of the Quick Input (Command Palette, Quick Open, quick picks): label and whether focused. */
async function quickRows(page) {
  return page.locator(SEL.quickRows).evaluateAll((rows) =>
    rows.map((r) => ({ label: r.getAttribute('aria-label') ?? '', focused: r.classList.contains('focused') })),
  );
}

/**
 * Choose the row of the open Quick Input whose label `matches` (a row's label is its text
 * plus, after a comma, its detail or key binding): Enter when it is the focused row, else a
 * click on it. With `typed`, the input is typed again every few seconds while nothing
 * matches (a window that has just opened may not list an extension's commands yet).
 */
async function chooseRow(page, what, matches, { typed, timeoutMs = 20_000 } = {}) {
  const input = page.locator(SEL.quickInput);
  const deadline = Date.now() + timeoutMs;
  let typedAt = 0;
  let rows = [];
  for (;;) {
    if (typed !== undefined) {
      // The window may take the focus back (an editor opening) and so close the palette: open it again.
      if (!(await input.isVisible())) {
        await page.keyboard.press('F1');
        await input.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
        typedAt = 0;
      }
      if (Date.now() - typedAt > 4000) {
        try {
          await input.fill('', { timeout: 3000 });
          await input.fill(typed, { timeout: 3000 });
          typedAt = Date.now();
        } catch { /* closed meanwhile: the next round opens it again */ }
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    rows = await quickRows(page).catch(() => []);
    const focused = rows.find((r) => r.focused);
    if (focused && matches(focused.label)) {
      await page.keyboard.press('Enter');
      return;
    }
    const index = rows.findIndex((r) => matches(r.label));
    if (index >= 0) {
      // The list may be between two contents (the palette's rows giving way to the pick's):
      // a row that is gone by now is looked for again rather than waited for.
      const clicked = await page.locator(SEL.quickRows).nth(index).click({ timeout: 2000 }).then(() => true, () => false);
      if (clicked) return;
    }
    if (Date.now() >= deadline) {
      throw new UiCheckError(`timed out after ${timeoutMs / 1000} s: ${what}; rows: ${JSON.stringify(rows.slice(0, 8).map((r) => r.label))}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Open the Command Palette (F1). */
async function openPalette(page) {
  await closeQuickInput(page);
  await page.keyboard.press('F1');
  await page.locator(SEL.quickInput).waitFor({ state: 'visible', timeout: 15_000 });
}

/** Press F1, type into the Command Palette, run the command titled `title`. */
async function runCommand(page, title) {
  await openPalette(page);
  await chooseRow(page, `"${title}" in the Command Palette`, (l) => l === title || l.startsWith(`${title},`), { typed: `>${title}` });
}

async function closeQuickInput(page) {
  if (await page.locator(SEL.quickInput).isVisible()) await page.keyboard.press('Escape');
}

/** Quick Open a file of the workspace by name (F1, then the file picker). Waits for its tab to be the active one. */
async function openFile(page, name) {
  await openPalette(page);
  await chooseRow(page, `${name} in Quick Open`, (l) => l.startsWith(name), { typed: name });
  await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).first().waitFor({ timeout: 15_000 });
}

/**
 * The span of the active editor whose text is exactly `text` (a token of its own). The editor
 * renders spaces as no-break spaces, so a space matches any white space.
 */
function token(page, text) {
  const pattern = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
  return page.locator(`${SEL.editorLines} .view-line span > span`).filter({ hasText: new RegExp(`^${pattern}$`) }).first();
}

async function colorOf(locator) {
  return locator.evaluate((e) => getComputedStyle(e).color);
}

/** Hover the mouse over a token of the active editor; answers the editor hover's text once it has `expected`. */
async function hoverOver(page, text, expected) {
  const target = token(page, text);
  await target.waitFor({ timeout: 30_000 });
  // Off the text first, so the hover is new, not one left over.
  await page.mouse.move(5, 450);
  await page.keyboard.press('Escape');
  let said = '';
  await poll(`the hover over "${text}" to show ${expected}`, async () => {
    await target.hover({ timeout: 5000 });
    const hover = page.locator(SEL.editorHover).filter({ hasText: expected }).first();
    await hover.waitFor({ state: 'visible', timeout: 3000 });
    said = (await hover.innerText()).trim();
    return true;
  }, 45_000, 300);
  await page.waitForTimeout(400); // the hover fades in: let the screenshot show it fully
  return said;
}

/** Expand a view of the side bar (by its header) if it is collapsed. */
async function expandView(page, headerStart) {
  const header = page.locator(SEL.paneHeader(headerStart)).first();
  await header.waitFor({ timeout: 15_000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await poll(`the ${headerStart} view to open`, async () => (await header.getAttribute('aria-expanded')) === 'true', 10_000);
  return header;
}

async function collapseView(page, headerStart) {
  const header = page.locator(SEL.paneHeader(headerStart)).first();
  if ((await header.count()) && (await header.getAttribute('aria-expanded')) === 'true') await header.click();
}

/** The rows (text of each) of a side bar view's tree. */
async function viewRows(page, headerStart) {
  return page.locator(`${SEL.paneHeader(headerStart)} + .pane-body .monaco-list-row`).evaluateAll((rows) =>
    rows.map((r) => r.textContent.replace(/\s+/g, ' ').trim()),
  );
}

/** The frame of the Filing Summary webview (the inner document that holds the page), once it shows `text`. */
async function summaryFrame(page, text, timeoutMs = 30_000) {
  return poll(`the Filing Summary panel to show "${text}"`, async () => {
    for (const frame of page.frames()) {
      if (!/\/webview\/browser\/pre\//.test(frame.url())) continue;
      const found = await frame.evaluate((t) => !!document.querySelector('section#items') && document.body.innerText.includes(t), text).catch(() => false);
      if (found) return frame;
    }
    return undefined;
  }, timeoutMs);
}

/** @type {{slug: string, title: string, run: (ctx: UiContext) => Promise<void>}[]} */
export const UI_CHECKS = [
  {
    slug: 'seed-coloured',
    title: 'the seed filing opens coloured: item heading, title, identifiers and dates stand out from the text',
    async run({ page, files }) {
      await runCommand(page, 'View: Close All Editors');
      // An editor a suite left with unsaved changes would ask; the test workspace is a throwaway copy.
      const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
      if (await dontSave.first().waitFor({ state: 'visible', timeout: 1500 }).then(() => true, () => false)) await dontSave.first().click();
      await collapseView(page, 'Explorer Section'); // room for the Outline and Filing Structure views below
      await openFile(page, path.basename(files.seed));
      await page.keyboard.press('Control+Home');
      const plain = await colorOf(await poll('the registrant line', async () => {
        const t = token(page, 'ImmunoGen, Inc.');
        return (await t.count()) ? t : undefined;
      }));
      // The TextMate grammar colours at once; the semantic tokens of the language server follow.
      for (const text of ['ITEM 7.01', 'REGULATION FD DISCLOSURE', '04-2726691', '0-17999', 'April 7, 2013']) {
        await poll(`"${text}" to be coloured (plain text is ${plain})`, async () => {
          const t = token(page, text);
          return (await t.count()) && (await colorOf(t)) !== plain;
        }, 45_000);
      }
      const heading = await colorOf(token(page, 'ITEM 7.01'));
      const title = await colorOf(token(page, 'REGULATION FD DISCLOSURE'));
      expect(heading !== title, `the item number and its title have the same colour ${heading}`);
    },
  },
  {
    slug: 'outline-lists-item',
    title: 'the Outline view lists "Item 7.01 Regulation FD Disclosure" between the cover page and the signatures',
    async run({ page }) {
      await collapseView(page, 'Explorer Section');
      await collapseView(page, 'Filing Structure');
      await expandView(page, 'Outline');
      // Collapse the cover page's fields so the item is in view.
      const collapse = page.locator(`${SEL.paneHeader('Outline')} .action-label[aria-label^="Collapse All"]`).first();
      await poll('the outline to fill', async () => (await viewRows(page, 'Outline')).some((r) => /^Cover Page/.test(r)), 45_000);
      if (await collapse.count()) await collapse.click();
      const rows = await poll('Item 7.01 in the Outline view', async () => {
        const r = await viewRows(page, 'Outline');
        return r.some((x) => x.startsWith('Item 7.01 Regulation FD Disclosure')) ? r : undefined;
      });
      const names = rows.map((r) => r.split(/\s(?=[a-z])/)[0]);
      const at = (re) => rows.findIndex((r) => re.test(r));
      expect(at(/^Cover Page/) < at(/^Item 7\.01/) && at(/^Item 7\.01/) < at(/^Signatures/), `outline order: ${JSON.stringify(names)}`);
    },
  },
  {
    slug: 'hover-item-heading',
    title: 'hovering ITEM 7.01 shows "Regulation FD Disclosure" and that the item is furnished, not filed',
    async run({ page }) {
      await collapseView(page, 'Outline');
      const said = await hoverOver(page, 'ITEM 7.01', 'Regulation FD Disclosure');
      expect(/Item 7\.01 Regulation FD Disclosure/.test(said), `hover: ${said}`);
      expect(/Furnished, not filed/.test(said), `the hover does not say furnished: ${said}`);
    },
  },
  {
    slug: 'hover-ein',
    title: 'hovering the EIN 04-2726691 shows its IRS campus, Brookhaven',
    async run({ page }) {
      const said = await hoverOver(page, '04-2726691', 'Brookhaven');
      expect(/EIN 04-2726691/.test(said), `hover: ${said}`);
      expect(/campus\s+Brookhaven/.test(said), `hover: ${said}`);
    },
  },
  {
    slug: 'structure-view',
    title: 'the Filing Structure view shows the cover fields (registrant, EIN) and Item 7.01 (furnished)',
    async run({ page }) {
      await page.mouse.move(5, 450);
      await page.keyboard.press('Escape');
      await collapseView(page, 'Explorer Section');
      await collapseView(page, 'Outline');
      const header = await expandView(page, 'Filing Structure');
      expect(/8-K · ImmunoGen, Inc\./.test((await header.getAttribute('aria-label')) ?? ''), 'the view title does not name the filing');
      await poll('the Cover node', async () => (await viewRows(page, 'Filing Structure')).some((r) => r.startsWith('Cover')), 30_000);
      const cover = page.locator(`${SEL.paneHeader('Filing Structure')} + .pane-body .monaco-list-row[aria-label="Cover"]`).first();
      if ((await cover.getAttribute('aria-expanded')) !== 'true') await cover.locator('.monaco-tl-twistie').click();
      const rows = await poll('the cover fields in the Filing Structure view', async () => {
        const r = await viewRows(page, 'Filing Structure');
        return r.some((x) => x.startsWith('Registrant')) ? r : undefined;
      });
      for (const [label, value] of [['Registrant', 'ImmunoGen, Inc.'], ['IRS Employer Identification No.', '04-2726691'], ['Date of Report', 'April 7, 2013']]) {
        expect(rows.some((r) => r.startsWith(label) && r.includes(value)), `no row "${label} ${value}": ${JSON.stringify(rows)}`);
      }
      expect(rows.some((r) => r.startsWith('Item 7.01') && /Regulation FD Disclosure \(furnished\)/.test(r)), `no Item 7.01 row: ${JSON.stringify(rows)}`);
    },
  },
  {
    slug: 'go-to-item',
    title: 'EDGAR: Go to Item... offers Item 7.01 and puts the cursor on its heading (Ln 39)',
    async run({ page }) {
      await page.locator(SEL.editorLines).first().click({ position: { x: 200, y: 10 } });
      await page.keyboard.press('Control+Home');
      await runCommand(page, 'EDGAR: Go to Item...');
      await chooseRow(page, 'Item 7.01 in the pick list', (l) => l.startsWith('Item 7.01, Regulation FD Disclosure'), { timeoutMs: 30_000 });
      await poll('the cursor on line 39', async () => /Ln 39, Col 1\b/.test(await page.locator('[id="status.editor.selection"]').innerText()), 15_000);
    },
  },
  {
    slug: 'summary-panel',
    title: 'EDGAR: Show Filing Summary opens the panel with the cover and the items table (Item 7.01, Regulation FD Disclosure, furnished)',
    async run({ page }) {
      await runCommand(page, 'EDGAR: Show Filing Summary');
      const frame = await summaryFrame(page, 'ImmunoGen, Inc.');
      const heading = (await frame.locator('h1').innerText()).replace(/\s+/g, ' ');
      expect(heading === '8-K ImmunoGen, Inc.', `heading: ${heading}`);
      const cells = await frame.locator('section#items table.grid tbody tr').first().locator('td').allInnerTexts();
      expect(cells.length === 5, `items row: ${JSON.stringify(cells)}`);
      expect(cells[0].trim() === 'Item 7.01', `item cell: ${cells[0]}`);
      expect(cells[1].includes('Regulation FD Disclosure'), `title cell: ${cells[1]}`);
      expect(/furnished/i.test(cells[2]), `filed/furnished cell: ${cells[2]}`);
      const ein = await frame.locator('section#cover tr', { hasText: 'IRS Employer Identification No.' }).locator('td').innerText();
      expect(ein.trim() === '04-2726691', `cover EIN: ${ein}`);
      const tab = page.locator('.tabs-container .tab[aria-label^="Summary: 8-K"]');
      expect((await tab.count()) === 1, 'no "Summary: 8-K" tab');
    },
  },
  {
    slug: 'problems-panel',
    title: 'the Problems panel lists the error of a filing with a known defect (EIN written 042726691)',
    async run({ page, files }) {
      await openFile(page, path.basename(files.einWithoutDash));
      const counter = page.locator('[id="status.problems"]');
      await poll('the status bar to count the error', async () => /^\s*1\s/.test(await counter.innerText()), 45_000);
      await counter.click();
      const row = await poll('the EIN error in the Problems panel', async () => {
        const r = page.locator(SEL.problemsRows).filter({ hasText: 'Write the EIN as NN-NNNNNNN: 04-2726691.' }).first();
        return (await r.count()) && (await r.isVisible()) ? r : undefined;
      });
      const label = (await row.getAttribute('aria-label')) ?? '';
      expect(/error/i.test(label) || (await row.locator('.codicon-error').count()) > 0, `not shown as an error: ${label}`);
      const all = await page.locator(SEL.problemsRows).allInnerTexts();
      expect(all.some((t) => /seed-ein-without-dash\.txt/.test(t)), `the file is not named: ${JSON.stringify(all)}`);
      expect(all.some((t) => /ein-format/.test(t)), `the code is not shown: ${JSON.stringify(all)}`);
    },
  },
  {
    slug: 'open-on-edgar',
    title: 'EDGAR: Open on EDGAR offers the filing\'s folder in the EDGAR archives and opens its address on sec.gov in a new browser tab',
    async run({ page, files }) {
      const folder = 'https://www.sec.gov/Archives/edgar/data/1000685/000100068597000006/';
      await page.keyboard.press('Escape');
      await openFile(page, path.basename(files.fullSubmission1997));
      // No network here: requests to sec.gov are answered by the check, which notes their addresses.
      const requested = [];
      const context = page.context();
      const answer = (route) => {
        requested.push(route.request().url());
        return route.fulfill({ status: 200, contentType: 'text/plain', body: 'sec.gov, answered by the UI check' });
      };
      await context.route('https://www.sec.gov/**', answer);
      try {
        await runCommand(page, 'EDGAR: Open on EDGAR');
        await chooseRow(page, 'the filing\'s folder in the pick list', (l) => l.startsWith('Filing 0001000685-97-000006 in the EDGAR archives'), { timeoutMs: 30_000 });
        const tab = await poll('a browser tab on sec.gov', async () => {
          // Some builds ask first ("Do you want ... to open the external website?").
          const open = page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Open$/ });
          if (await open.count()) await open.first().click();
          return context.pages().find((p) => p !== page && p.url().startsWith('https://www.sec.gov/'));
        });
        expect(tab.url() === folder, `the tab opened ${tab.url()}, not ${folder}`);
        expect(requested.includes(folder), `sec.gov was asked for ${JSON.stringify(requested)}`);
        await tab.close();
      } finally {
        await context.unroute('https://www.sec.gov/**', answer);
      }
    },
  },
  {
    slug: 'binary-file-refused',
    title: 'a binary file named like a filing (a PDF saved as .nc) opens, the user is told it is not a text filing, and the other filings are still served',
    async run({ page, files }) {
      // Text for its first kilobyte (so the editor opens it as text), then a binary stream with NUL bytes.
      const name = 'scanned-report.nc';
      const head = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'.repeat(20);
      const stream = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256));
      writeFileSync(path.join(path.dirname(files.seed), name), Buffer.concat([Buffer.from(`${head}stream\n`, 'latin1'), stream]));
      try {
        await page.keyboard.press('Escape');
        await openFile(page, name);
        const toast = await poll('the message about the binary file', async () => {
          const t = page.locator('.notifications-toasts .notification-toast', { hasText: 'is not a text filing' }).first();
          return (await t.count()) && (await t.isVisible()) ? t : undefined;
        });
        const said = (await toast.innerText()).replace(/\s+/g, ' ');
        expect(said.includes(`${name} is not a text filing`), `the message: ${said}`);
        await toast.hover();
        const close = toast.locator('.codicon-notifications-clear');
        if (await close.count()) await close.first().click();
        // The server is alive and serves the next filing.
        await openFile(page, path.basename(files.seed));
        await poll('the status bar entry of the seed', async () => /8-K · 1 item/.test(await page.locator('.statusbar').innerText()), 30_000);
      } finally {
        rmSync(path.join(path.dirname(files.seed), name), { force: true });
      }
    },
  },
  {
    slug: 'windows-1252-warned',
    title: 'an older Windows-1252 filing opened as UTF-8: the user is told once, before saving, and the button opens the Reopen with Encoding picker',
    async run({ page, files }) {
      await page.keyboard.press('Escape');
      // A copy under a name of its own: the suites may have opened the fixture (and been told) already.
      const name = 'older-filing-cp1252.txt';
      const copy = path.join(path.dirname(files.seed), name);
      copyFileSync(files.windows1252, copy);
      try {
        await runWindows1252Check(page, name);
      } finally {
        rmSync(copy, { force: true });
      }
    },
  },
  {
    slug: 'summary-shows-html-as-text',
    title: 'a registrant name with <img onerror> and <script> is shown as text in the Filing Summary panel and runs nothing',
    async run({ page, files, dialogs }) {
      await page.keyboard.press('Escape');
      await openFile(page, path.basename(files.htmlInRegistrant));
      await runCommand(page, 'EDGAR: Show Filing Summary');
      const payload = `<img src=x onerror="alert('edgar-xss-img')"><script>alert('edgar-xss-script')</script>`;
      const frame = await summaryFrame(page, payload);
      const shown = (await frame.locator('h1 .registrant').innerText()).trim();
      expect(shown === `${payload}ImmunoGen, Inc.`, `registrant shown as: ${shown}`);
      const inPage = await frame.evaluate(() => ({
        images: document.querySelectorAll('img').length,
        // VS Code puts one inline script of its own into every webview (it defines acquireVsCodeApi).
        scripts: [...document.querySelectorAll('script')]
          .map((s) => s.getAttribute('src') ?? `inline: ${s.textContent.trim().slice(0, 80)}`)
          .filter((s) => !/^inline: globalThis\.acquireVsCodeApi\b/.test(s)),
        handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      }));
      expect(inPage.images === 0, `${inPage.images} <img> element(s) in the panel`);
      expect(inPage.handlers === 0, `${inPage.handlers} element(s) with on* attributes in the panel`);
      expect(inPage.scripts.length === 1 && /\/media\/summary\.js$/.test(inPage.scripts[0]), `scripts in the panel besides VS Code's: ${JSON.stringify(inPage.scripts)}`);
      // Give a script that slipped through the time to run, then look for its dialog.
      await page.waitForTimeout(1000);
      const xss = dialogs.filter((d) => /edgar-xss/.test(d));
      expect(xss.length === 0, `the filing's script ran: ${JSON.stringify(xss)}`);
    },
  },
];

/**
 * Run the checks in order. `record(name, ok, detail, ms)` reports each; screenshots go to
 * `<resultsDir>/ui-<slug>.png` (old ones are removed first). A failed check does not stop
 * the others (each starts from a state it sets up itself as far as it can).
 * @param {UiContext & {resultsDir: string, record: Function, log?: (m: string) => void, only?: RegExp}} ctx
 */
export async function runUiChecks(ctx) {
  const { page, resultsDir, record } = ctx;
  for (const f of readdirSync(resultsDir)) if (/^ui-.*\.png$/.test(f)) rmSync(path.join(resultsDir, f), { force: true });
  for (const check of UI_CHECKS) {
    const name = `ui: ${check.title}`;
    if (ctx.only && !ctx.only.test(name)) continue;
    const t = Date.now();
    let error;
    try {
      await Promise.race([
        check.run(ctx),
        new Promise((_, reject) => setTimeout(() => reject(new UiCheckError(`the check took longer than ${CHECK_BUDGET_MS / 1000} s`)), CHECK_BUDGET_MS)),
      ]);
    } catch (e) {
      error = e;
    }
    const shot = path.join(resultsDir, `ui-${check.slug}.png`);
    try {
      await page.screenshot({ path: shot, timeout: 15_000 });
    } catch (e) {
      ctx.log?.(`no screenshot for ${check.slug}: ${String(e.message).split('\n')[0]}`);
    }
    const detail = error ? `${error instanceof UiCheckError ? '' : `${error.name}: `}${String(error.message).split('\n').slice(0, 4).join('\n')}\nscreenshot: ${path.relative(path.dirname(resultsDir), shot)}` : undefined;
    record(name, !error, detail, Date.now() - t);
  }
}
