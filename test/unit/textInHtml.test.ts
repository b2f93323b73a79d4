import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFiling } from '../../server/src/service/analyze';
import { htmlView } from '../../server/src/service/html/htmlView';

// A typewritten 8-K of the early 2000s, wrapped in HTML without <pre>.
const lines = [
  'SECURITIES AND EXCHANGE COMMISSION',
  'Washington, D.C. 20549',
  '',
  'FORM 8-K',
  '',
  'CURRENT REPORT',
  'Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934',
  '',
  'Date of Report (Date of earliest event reported): March 5, 2002',
  '',
  '                         EXAMPLE WIDGETS, INC.',
  '          (Exact name of registrant as specified in its charter)',
  '',
  '     Delaware                    0-12345                 13-1234567',
  '(State or other jurisdiction   (Commission File     (I.R.S. Employer',
  ' of incorporation)               Number)              Identification No.)',
  '',
  'Item 5.  Other Events.',
  '         ------------',
  '',
  '         On March 5, 2002, the Company announced a new widget.',
  '',
  'Item 7.  Financial Statements and Exhibits.',
  '         ---------------------------------',
  '',
  '         (c)      Exhibits',
  '',
  '         Exhibit 99.1  --    Press release dated March 5, 2002',
  '         Exhibit 99.2  --    Widget fact sheet',
  '',
  ...Array.from({ length: 20 }, () => ''),
  '                                  SIGNATURES',
  '',
  'Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant',
  'has duly caused this report to be signed on its behalf by the undersigned.',
  '',
  '                                  EXAMPLE WIDGETS, INC.',
  '',
  'Date: March 6, 2002               By: /s/ Jane Doe',
  '                                      Jane Doe, Chief Financial Officer',
];
const html = `<html><body><div>\n${lines.join('\n')}\n</div></body></html>\n`;

test('plain text wrapped in HTML without <pre> keeps its lines in the view', () => {
  const { view } = htmlView(html);
  assert.ok(view.text.split('\n').some((l) => l.startsWith('Item 5. Other Events.')), view.text.slice(0, 400));
});

test('such a filing reads like the text filing it is: items, signature date and exhibits', () => {
  const model = analyzeFiling(html);
  assert.equal(model.kind, 'html');
  assert.deepEqual(model.items.map((i) => i.number), ['5', '7']);
  assert.equal(model.signatures?.date?.value, '2002-03-06');
  assert.deepEqual(model.exhibits.map((e) => e.number), ['99.1', '99.2']);
  assert.equal(model.cover?.registrant?.raw, 'EXAMPLE WIDGETS, INC.');
});

test('a real HTML document with its own block layout is not treated as text', () => {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Paragraph\n${i} of the\nrelease.</p>`).join('\n');
  const { view } = htmlView(`<html><body>${paragraphs}</body></html>`);
  assert.equal(view.text.split('\n')[0], 'Paragraph 0 of the release.');
});
