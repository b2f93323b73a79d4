import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCheck } from '../../server/src/cli/check';

const corpus = path.resolve(__dirname, '../../../test/fixtures/corpus');
const seed = path.join(corpus, 'seed_8-K_2013_immunogen_bay94-9343.txt');
const cli = path.resolve(__dirname, '../../server/src/cli/main.js');

function check(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runCheck(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { status, stdout, stderr };
}

test('check --format json on the seed gives the contract’s fields', () => {
  const r = check(['--format', 'json', seed]);
  assert.equal(r.status, 0, r.stderr);
  const [report] = JSON.parse(r.stdout);
  assert.equal(report.file, seed);
  assert.equal(report.kind, 'text');
  assert.equal(report.form, '8-K');
  assert.equal(report.header, null);
  assert.equal(report.cover.dateOfReport, '2013-04-07');
  assert.equal(report.cover.registrant, 'ImmunoGen, Inc.');
  assert.equal(report.cover.stateOfIncorporation, 'Massachusetts');
  assert.equal(report.cover.commissionFileNumber, '0-17999');
  assert.equal(report.cover.irsEmployerId, '04-2726691');
  assert.deepEqual(report.items.map((i: { number: string; line: number; scheme: string; title: string }) => [i.number, i.line, i.scheme]), [['7.01', 39, 'current']]);
  assert.equal(report.items[0].officialTitle, 'Regulation FD Disclosure');
  assert.equal(report.signatureDate, '2013-04-08');
  assert.ok(Array.isArray(report.diagnostics));
});

test('check in text format is readable: file, form, item with title, cover fields', () => {
  const r = check([seed]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /seed_8-K_2013_immunogen_bay94-9343\.txt: 8-K \(text\)/);
  assert.match(r.stdout, /Item 7\.01 +line 39 +Regulation FD Disclosure/);
  assert.match(r.stdout, /Registrant +ImmunoGen, Inc\./);
  assert.match(r.stdout, /IRS Employer Id\. No\. +04-2726691/);
});

test('the four-business-day deadline: due and on time (NVIDIA 2026), none for Item 7.01 alone (the seed), none before August 2004', () => {
  const nvidia = path.join(corpus, 'saftl_8-K_fullsub_2026_nvidia_0001045810-26-000019.txt');
  const old = path.join(corpus, 'edgarcrawler_8-K_fullsub_1000685_8K_1997_0001000685-97-000006.txt');
  const [n, s, o] = JSON.parse(check(['--format', 'json', nvidia, seed, old]).stdout);
  assert.deepEqual(n.deadline, { eventDate: '2026-02-25', dueDate: '2026-03-03', applies: true, amendment: false, filedOn: '2026-02-25', late: false });
  assert.deepEqual(s.deadline, { eventDate: '2013-04-07', dueDate: '2013-04-11', applies: false, amendment: false, filedOn: null, late: null });
  assert.equal(o.deadline, null);
  const text = check([nvidia, seed, old]).stdout;
  assert.match(text, /Deadline +2026-03-03 \(4 business days after 2026-02-25\); filed 2026-02-25: on time/);
  assert.match(text, /Deadline +none: every item reported has a clock of its own/);
  assert.equal(text.match(/Deadline/g)?.length, 2);
});

test('a full submission reports its SEC header', () => {
  const file = path.join(corpus, 'edgarcrawler_8-K_fullsub_100240_8K_1994_0000950144-94-000277.txt');
  const [report] = JSON.parse(check(['--format', 'json', file]).stdout);
  assert.equal(report.kind, 'full-submission');
  assert.equal(report.header.accessionNumber, '0000950144-94-000277');
  assert.equal(report.header.cik, '0000100240');
  assert.equal(report.header.periodOfReport, '1994-01-28');
  assert.equal(report.header.companyName, 'TURNER BROADCASTING SYSTEM INC');
  assert.deepEqual(report.header.itemInformation, ['2', '7']);
});

test('a directory is expanded and sorted; negatives are not 8-Ks', () => {
  const r = check(['--format', 'json', corpus]);
  const reports = JSON.parse(r.stdout) as { file: string; form: string | null }[];
  const files = reports.map((x) => x.file);
  assert.deepEqual(files, [...files].sort());
  assert.ok(reports.length >= 70, `only ${reports.length} files`);
  const tenK = reports.find((x) => x.file.endsWith('secedgar_NEG_10-K_fullsub_1994_apple_0000320193-94-000016.txt'));
  assert.equal(tenK?.form, '10-K');
});

test('bad input: a missing file and a binary file get one line each, the others are still reported, exit 2', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edgar-cli-'));
  const binary = path.join(dir, 'image.txt');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  const missing = path.join(dir, 'nope.txt');
  const r = check(['--format', 'json', missing, binary, seed]);
  assert.equal(r.status, 2);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 2, r.stderr);
  assert.match(lines[0], /nope\.txt: no such file/);
  assert.match(lines[1], /image\.txt: binary content/);
  const reports = JSON.parse(r.stdout);
  assert.deepEqual(reports.map((x: { file: string }) => x.file), [seed]);
});

test('usage errors exit 2 with a message', () => {
  assert.equal(check([]).status, 2);
  const r = check(['--format', 'xml', seed]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--format takes text or json/);
});

test('the command runs as a process, without stack traces', () => {
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', seed, '/nonexistent/x.txt'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.equal(JSON.parse(r.stdout).length, 1);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
  const unknown = spawnSync(process.execPath, [cli, 'frobnicate'], { encoding: 'utf8' });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command frobnicate/);
});
