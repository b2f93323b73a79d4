// package.json's contributions against the client's code: commands, views,
// context keys, settings, the language and its files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLIENT_SETTINGS, COMMANDS, CONTEXT_KEYS, SUMMARY_PANEL_TYPE, VIEWS } from '../../client/src/contributions';
import { FULL_SUBMISSION_FIRST_LINE } from '../../client/src/filingDetection';
import { DEFAULT_SETTINGS, FILING_LANGUAGE_ID, SETTINGS_SECTION, SNIFFED_LANGUAGE_IDS } from '../../server/src/protocol';
import { DIAGNOSTIC_CODES } from '../../server/src/service/data/diagnosticCodes';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

interface Contributed {
  command: string;
  when?: string;
}

test('every command of the code is contributed, and nothing else', () => {
  const contributed = contributes.commands.map((c: Contributed) => c.command).sort();
  assert.deepEqual(contributed, Object.values(COMMANDS).sort());
  for (const c of contributes.commands) assert.equal(c.category, 'EDGAR', c.command);
});

test('menus and keybindings name contributed commands; the internal one is hidden from the palette', () => {
  const known = new Set(Object.values(COMMANDS));
  for (const [menu, entries] of Object.entries(contributes.menus) as [string, Contributed[]][]) {
    for (const e of entries) assert.ok(known.has(e.command as never), `${menu}: ${e.command}`);
  }
  for (const k of contributes.keybindings) assert.ok(known.has(k.command), k.command);
  const hidden = contributes.menus.commandPalette.find((e: Contributed) => e.command === COMMANDS.revealRange);
  assert.equal(hidden?.when, 'false');
  const next = contributes.keybindings.find((k: Contributed) => k.command === COMMANDS.nextItem);
  const previous = contributes.keybindings.find((k: Contributed) => k.command === COMMANDS.previousItem);
  assert.ok(next && previous);
  assert.match(next.when, new RegExp(CONTEXT_KEYS.activeIsFiling.replace(/\./g, '\\.')));
});

test('when-clauses use only the context keys the code sets (or VS Code’s own)', () => {
  const ours = new Set<string>(Object.values(CONTEXT_KEYS));
  const text = JSON.stringify(contributes);
  for (const m of text.matchAll(/edgarFilings\.[A-Za-z.]+/g)) {
    const name = m[0];
    const isCommand = Object.values(COMMANDS).includes(name as never);
    const isView = Object.values(VIEWS).includes(name as never);
    const isSetting = name in contributes.configuration.properties;
    assert.ok(ours.has(name) || isCommand || isView || isSetting, `unknown name ${name}`);
  }
});

test('the Filing Structure view is in the Explorer, with welcome content when the editor is not a filing', () => {
  const view = contributes.views.explorer.find((v: { id: string }) => v.id === VIEWS.structure);
  assert.ok(view);
  assert.equal(view.name, 'Filing Structure');
  const welcome = contributes.viewsWelcome.find((w: { view: string }) => w.view === VIEWS.structure);
  assert.match(welcome.contents, /command:edgarFilings\.treatAsFiling/);
});

test('the language: its id, first line, *.nc, configuration and grammar files', () => {
  const [language] = contributes.languages;
  assert.equal(language.id, FILING_LANGUAGE_ID);
  assert.equal(language.firstLine, FULL_SUBMISSION_FIRST_LINE);
  assert.ok(language.filenamePatterns.includes('*.nc'));
  const accessionNamed = language.filenamePatterns.find((p: string) => p.endsWith('.txt'));
  assert.equal(accessionNamed, `*${'[0-9]'.repeat(10)}-${'[0-9]'.repeat(2)}-${'[0-9]'.repeat(6)}.txt`);
  assert.ok(fs.existsSync(path.join(ROOT, language.configuration)), language.configuration);
  const [grammar] = contributes.grammars;
  assert.equal(grammar.language, FILING_LANGUAGE_ID);
  assert.equal(grammar.scopeName, 'text.edgar-filing');
  const grammarFile = path.join(ROOT, grammar.path);
  assert.ok(fs.existsSync(grammarFile), grammar.path);
  assert.equal(JSON.parse(fs.readFileSync(grammarFile, 'utf8')).scopeName, grammar.scopeName);
});

test('activation: the filing language, the languages the server sniffs and the summary panel', () => {
  const events: string[] = manifest.activationEvents;
  for (const id of [FILING_LANGUAGE_ID, ...SNIFFED_LANGUAGE_IDS]) assert.ok(events.includes(`onLanguage:${id}`), id);
  // Without it, a Filing Summary left open is not brought back after a reload.
  assert.ok(events.includes(`onWebviewPanel:${SUMMARY_PANEL_TYPE}`));
  assert.equal(manifest.main, './dist/client.js');
});

test('workspace trust and virtual workspaces are declared', () => {
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.ok([true, 'limited'].includes(manifest.capabilities.virtualWorkspaces.supported));
});

test('settings: the server’s (with every diagnostic code), the trace, the client’s own', () => {
  const props = contributes.configuration.properties;
  assert.equal(props[`${SETTINGS_SECTION}.maxFileSize`].default, DEFAULT_SETTINGS.maxFileSize);
  const severity = props[`${SETTINGS_SECTION}.diagnostics.severity`];
  assert.deepEqual(Object.keys(severity.properties).sort(), Object.keys(DIAGNOSTIC_CODES).sort());
  for (const [code, def] of Object.entries(DIAGNOSTIC_CODES)) {
    assert.deepEqual(severity.properties[code].enum, ['error', 'warning', 'information', 'hint', 'off']);
    assert.ok(severity.properties[code].description.includes(`(default: ${def.severity})`), code);
  }
  assert.deepEqual(props[`${SETTINGS_SECTION}.trace.server`].enum, ['off', 'messages', 'verbose']);
  for (const key of Object.values(CLIENT_SETTINGS)) assert.ok(props[`${SETTINGS_SECTION}.${key}`], key);
});

test('the webview’s stylesheet and script are files in media/', () => {
  for (const file of ['summary.css', 'summary.js']) assert.ok(fs.existsSync(path.join(ROOT, 'media', file)), file);
  const script = fs.readFileSync(path.join(ROOT, 'media', 'summary.js'), 'utf8');
  assert.doesNotMatch(script, /innerHTML|eval\(|new Function|fetch\(/);
});
