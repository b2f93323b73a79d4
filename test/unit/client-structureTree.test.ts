// The Filing Structure tree as data (client/src/structureTree.ts): sections,
// items with problem counts, where clicks go, and the node under the cursor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allNodes, nodePathAt, structureNodes, type StructureNode } from '../../client/src/structureTree';
import { APPLE_2019, SEED, check, corpusText, edited, summaryOfCorpus, summaryOfText } from './client-fixtures';

function child(node: StructureNode | undefined, label: string): StructureNode {
  const found = node?.children.find((c) => c.label === label);
  assert.ok(found, `no node ${label} under ${node?.label}`);
  return found;
}

function top(nodes: StructureNode[], label: string): StructureNode {
  const found = nodes.find((n) => n.label === label);
  assert.ok(found, `no section ${label}`);
  return found;
}

test('a full submission: cover, items, signatures, exhibits and documents', () => {
  const nodes = structureNodes(summaryOfCorpus(APPLE_2019));
  assert.deepEqual(nodes.map((n) => n.label), ['Cover', 'Items', 'Signatures', 'Exhibits', 'Documents']);
  const items = top(nodes, 'Items');
  assert.equal(items.expanded, true);
  assert.deepEqual(items.children.map((n) => [n.label, n.description]), [
    ['Item 8.01', 'Other Events'],
    ['Item 9.01', 'Financial Statements and Exhibits'],
  ]);
  const cover = top(nodes, 'Cover');
  assert.equal(child(cover, 'Date of Report').description, 'November 7, 2019');
  assert.match(child(cover, 'Date of Report').tooltip, /2019-11-07/);
  assert.equal(child(cover, 'Check boxes').description, '0 of 6 checked');
  assert.equal(child(cover, 'Securities (Section 12(b))').children[0].description, 'AAPL · The Nasdaq Stock Market LLC');
  const exhibits = top(nodes, 'Exhibits');
  assert.equal(exhibits.children[0].label, 'Exhibit 1.1');
  assert.match(exhibits.children[0].tooltip, /Filed as d828969dex11\.htm/);
  const documents = top(nodes, 'Documents');
  assert.equal(documents.children[0].label, '8-K');
  assert.equal(documents.children[0].description, 'd828969d8k.htm (main document)');
  assert.equal(documents.children[0].icon, 'file-code');
});

test('a plain-text 8-K: no documents section; the item is furnished; signatures list who signed', () => {
  const nodes = structureNodes(summaryOfCorpus(SEED));
  assert.deepEqual(nodes.map((n) => n.label), ['Cover', 'Items', 'Signatures']);
  const item = top(nodes, 'Items').children[0];
  assert.equal(item.label, 'Item 7.01');
  assert.equal(item.description, 'Regulation FD Disclosure (furnished)');
  assert.match(item.tooltip, /Section 7 – Regulation FD/);
  assert.match(item.tooltip, /Heading: REGULATION FD DISCLOSURE/);
  const signatures = top(nodes, 'Signatures');
  assert.equal(signatures.description, 'Gregory D. Perry');
  assert.deepEqual(signatures.children.map((n) => n.label), ['Signed by', 'Title', 'Date']);
});

test('clicks go to the heading, the field, the exhibit number, the document type', () => {
  const summary = summaryOfCorpus(APPLE_2019);
  const nodes = structureNodes(summary);
  assert.deepEqual(top(nodes, 'Items').children[0].target, summary.items[0].headingRange);
  assert.deepEqual(top(nodes, 'Items').children[0].span, summary.items[0].range);
  assert.deepEqual(child(top(nodes, 'Cover'), 'Registrant').target, summary.cover?.fields.find((f) => f.key === 'registrant')?.range);
  assert.deepEqual(top(nodes, 'Exhibits').children[1].target, summary.exhibits[1].numberRange);
  assert.deepEqual(top(nodes, 'Documents').children[2].target, summary.documents[2].typeRange);
  assert.deepEqual(top(nodes, 'Signatures').target, summary.signatures?.headingRange);
});

test('problem counts per item, summed on the section; the icon shows the worst', () => {
  const summary = summaryOfCorpus(APPLE_2019);
  const [first, second] = summary.items;
  summary.checks = [
    check('item-title', 'information', first.headingRange),
    check('exhibit-not-filed', 'warning', summary.exhibits[2].numberRange),
    check('exhibit-not-filed', 'warning', summary.exhibits[3].numberRange),
    check('unknown-item', 'error', second.headingRange),
  ];
  const items = top(structureNodes(summary), 'Items');
  const [n801, n901] = items.children;
  assert.deepEqual(n801.problems, { errors: 0, warnings: 0, infos: 1 });
  assert.equal(n801.icon, 'symbol-number');
  assert.equal(n801.tone, undefined);
  assert.equal(n801.description, 'Other Events — 1 note');
  // The exhibit list lies inside Item 9.01.
  assert.deepEqual(n901.problems, { errors: 1, warnings: 2, infos: 0 });
  assert.equal(n901.icon, 'error');
  assert.equal(n901.tone, 'error');
  assert.match(n901.description, /— 1 error, 2 warnings$/);
  assert.match(n901.tooltip, /error: unknown-item here/);
  assert.deepEqual(items.problems, { errors: 1, warnings: 2, infos: 1 });
  assert.equal(items.description, '2 — 1 error, 2 warnings, 1 note');
  const exhibits = top(structureNodes(summary), 'Exhibits');
  assert.equal(exhibits.children[2].icon, 'warning');
  assert.equal(exhibits.tone, 'warning');
});

test('the node under the cursor: the innermost, items before the document around them', () => {
  const summary = summaryOfCorpus(APPLE_2019);
  const nodes = structureNodes(summary);
  const inItem = summary.items[1].headingRange.start;
  assert.deepEqual(nodePathAt(nodes, inItem).map((n) => n.label), ['Items', 'Item 9.01']);
  const registrant = summary.cover?.fields.find((f) => f.key === 'registrant');
  assert.ok(registrant);
  assert.deepEqual(nodePathAt(nodes, registrant.range.start).map((n) => n.label), ['Cover', 'Registrant']);
  // Inside an exhibit document, past every item: the document.
  const exhibitDoc = summary.documents[3];
  assert.deepEqual(nodePathAt(nodes, { line: exhibitDoc.range.start.line + 5, character: 0 }).map((n) => n.label), ['Documents', 'EX-5.1']);
  // The SEC header is in no node.
  assert.deepEqual(nodePathAt(nodes, { line: 0, character: 0 }), []);
});

test('ids are unique and stay the same when an edit moves the text', () => {
  const text = corpusText(SEED);
  const before = allNodes(structureNodes(summaryOfText(text)));
  const after = allNodes(structureNodes(summaryOfText(edited(text, 'UNITED STATES', 'UNITED STATES\n\n\n'))));
  const ids = before.map((n) => n.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(after.map((n) => n.id), ids);
  assert.notDeepEqual(after.find((n) => n.kind === 'item')?.target, before.find((n) => n.kind === 'item')?.target);
});

test('no tree for a document that is not a filing, or no summary', () => {
  assert.deepEqual(structureNodes(summaryOfText('Shopping list\n- eggs\n- milk\n')), []);
  assert.deepEqual(structureNodes(null), []);
  assert.deepEqual(structureNodes(undefined), []);
});

test('a filing without item headings still shows the Items section, saying none were found', () => {
  const summary = summaryOfCorpus(SEED);
  summary.items = [];
  const items = top(structureNodes(summary), 'Items');
  assert.equal(items.description, 'none found');
  assert.deepEqual(items.children, []);
});

test('labels and descriptions are one line, however the filing breaks its text', () => {
  const summary = summaryOfCorpus(SEED);
  summary.registrant = 'Immuno\nGen,\t\tInc.';
  const field = summary.cover?.fields.find((f) => f.key === 'address');
  assert.ok(field);
  field.raw = '830 Winter Street\r\nWaltham, MA';
  const nodes = allNodes(structureNodes(summary));
  for (const n of nodes) {
    assert.doesNotMatch(n.label, /[\r\n\t]/);
    assert.doesNotMatch(n.description, /[\r\n\t]/);
  }
  assert.equal(nodes.find((n) => n.id === 'cover/field/address')?.description, '830 Winter Street Waltham, MA');
  assert.equal(nodes.find((n) => n.id === 'cover')?.description, 'Immuno Gen, Inc.');
});
