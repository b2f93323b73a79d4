// The Filing Summary page (client/src/summaryHtml.ts): what it shows, and that
// filing text never becomes markup, script or a remote load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contentSecurityPolicy, summaryHtml, type SummaryPageResources } from '../../client/src/summaryHtml';
import { escapeHtml, html, join } from '../../client/src/html';
import { APPLE_2019, SEED, check, corpusText, edited, mapStrings, summaryOfCorpus, summaryOfText } from './client-fixtures';

const RESOURCES: SummaryPageResources = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: '0123456789abcdef0123456789abcdef',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/summary.css',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/summary.js',
};

const PAYLOAD = `</td></table><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>' " \` &amp; <!--`;

/** The tags the page itself writes; anything else came from the filing. */
const OUR_TAGS = new Set([
  '!doctype', 'html', 'head', 'meta', 'link', 'title', 'body', 'script', 'header', 'h1', 'h2', 'h3', 'span', 'p', 'section',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'div', 'ul', 'li', 'abbr',
]);

interface Tag {
  name: string;
  attributes: [string, string][];
}

/** The page's tags with their attributes (filing text has every "<" escaped, so these are all the page's). */
function tagsOf(page: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of page.matchAll(/<\/?([!a-zA-Z][\w-]*)([^>]*)>/g)) {
    const attributes = [...m[2].matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map((a): [string, string] => [a[1].toLowerCase(), a[2] ?? '']);
    tags.push({ name: m[1].toLowerCase(), attributes });
  }
  return tags;
}

function assertOnlyOurMarkup(page: string): void {
  const tags = tagsOf(page);
  for (const tag of tags) {
    assert.ok(OUR_TAGS.has(tag.name), `unexpected tag <${tag.name}>`);
    for (const [name, value] of tag.attributes) {
      assert.doesNotMatch(name, /^on/, `event handler attribute ${name}`);
      assert.doesNotMatch(value, /javascript:/i);
      // Every address is ours: the stylesheet, the script, or "#" for links into the text.
      if (name === 'href' || name === 'src') {
        assert.ok([RESOURCES.styleUri, RESOURCES.scriptUri, '#'].includes(value), `unexpected address ${value}`);
      }
    }
  }
  assert.equal(tags.filter((t) => t.name === 'script').length, 2, 'one script element (open and close)');
  assert.match(page, new RegExp(`<script nonce="${RESOURCES.nonce}" src="${RESOURCES.scriptUri.replace(/[.+]/g, '\\$&')}"></script>`));
  assert.doesNotMatch(page, /<!--/);
}

test('escapeHtml escapes the five HTML specials and the backtick', () => {
  assert.equal(escapeHtml(`<a href="x">'&\`</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#96;&lt;/a&gt;');
});

test('html`` escapes values, keeps nested html``, joins lists and drops null, undefined and booleans', () => {
  const inner = html`<b>${'<i>'}</b>`;
  assert.equal(html`<p>${'<x>'}${inner}${['a<', html`<br>`]}${null}${undefined}${false}${true}${3}</p>`.text, '<p>&lt;x&gt;<b>&lt;i&gt;</b>a&lt;<br>3</p>');
  assert.equal(join(['<', html`<hr>`], ', ').text, '&lt;, <hr>');
});

test('the page has a strict Content Security Policy with the nonce, and loads nothing remote', () => {
  const page = summaryHtml(summaryOfCorpus(APPLE_2019), RESOURCES);
  const csp = contentSecurityPolicy(RESOURCES);
  assert.equal(csp, `default-src 'none'; style-src ${RESOURCES.cspSource}; script-src 'nonce-${RESOURCES.nonce}';`);
  assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`));
  assert.ok(page.includes(`<link rel="stylesheet" href="${RESOURCES.styleUri}">`));
  assert.doesNotMatch(page, /style="/, 'no inline styles (the policy forbids them)');
  assertOnlyOurMarkup(page);
});

test('Apple 2019: cover table, items with filed/furnished and deadline, header against cover, problems with links', () => {
  const summary = summaryOfCorpus(APPLE_2019);
  const exhibit = summary.exhibits.find((e) => e.number === '4.2');
  assert.ok(exhibit);
  // The checks the server reports change as it learns; these two stand for any.
  summary.checks = [
    check('exhibit-not-filed', 'warning', exhibit.numberRange, 'Exhibit 4.2 is listed but the submission has no EX-4.2 document.'),
    check('item-title', 'information', summary.items[0].headingRange, 'The <b>title</b> differs.'),
  ];
  const page = summaryHtml(summary, RESOURCES);
  assert.match(page, /<h1>8-K <span class="registrant">Apple Inc\.<\/span><\/h1>/);
  assert.match(page, /<th scope="row">Date of Report<\/th><td><a href="#" class="goto" data-range="\d+,\d+,\d+,\d+"[^>]*>November 7, 2019<\/a> <span class="normalized">2019-11-07<\/span>/);
  assert.match(page, /Item 8\.01<\/a><\/td>\s*<td>Other Events/);
  assert.match(page, /<td class="filed">filed<\/td>\s*<td>none \(voluntary\)/);
  assert.match(page, /Item 9\.01<\/a><\/td>\s*<td>Financial Statements and Exhibits/);
  assert.match(page, /Deadline: no 4-day deadline/);
  assert.match(page, /Days not counted: .*2019-11-11 \(Veterans Day\)/);
  // Header against cover: the file number agrees, the state agrees though written differently.
  assert.match(page, /<tr class="same"><th scope="row">Commission File Number<\/th>/);
  assert.match(page, /<tr class="same"><th scope="row">State of incorporation<\/th>/);
  assert.match(page, /<tr class="same"><th scope="row">Items \(ITEM INFORMATION \/ body\)<\/th>/);
  // The two exhibits listed but not filed, as problems linking into the text.
  assert.match(page, /<h2>Problems \(2\)<\/h2>/);
  const at = exhibit.numberRange;
  assert.ok(page.includes(`<tr class="warning"><td class="severity">Warning</td><td><a href="#" class="goto" data-range="${at.start.line},${at.start.character},${at.end.line},${at.end.character}"`));
  assert.match(page, /Exhibit 4\.2 is listed but the submission has no EX-4\.2 document\.<\/a><\/td><td>\d+<\/td><td><abbr title="what exhibit-not-filed means">exhibit-not-filed<\/abbr>/);
  assert.match(page, /The &lt;b&gt;title&lt;\/b&gt; differs\./);
  // Problems per item: the information check sits in Item 8.01's heading.
  assert.match(page, /Item 8\.01<\/a>[\s\S]*?<td><a href="#" class="goto" data-range="[\d,]+"[^>]*>1 note<\/a><\/td>/);
});

test('a plain-text 8-K without SEC header says there is nothing to compare', () => {
  const page = summaryHtml(summaryOfCorpus(SEED), RESOURCES);
  assert.match(page, /no SEC header to compare/);
  assert.match(page, /Item 7\.01<\/a><\/td>\s*<td>Regulation FD Disclosure<div class="written">as written: REGULATION FD DISCLOSURE<\/div>|Item 7\.01<\/a><\/td>\s*<td>Regulation FD Disclosure<div class="section-name">/);
  assert.match(page, /<td class="furnished">furnished<\/td>/);
  assert.match(page, /No problems found\./);
});

test('no summary, or a document that is not a filing: a page that says so', () => {
  for (const summary of [null, undefined, summaryOfText('Dear diary,\nnothing to report.\n')]) {
    const page = summaryHtml(summary, RESOURCES, 'Not <a> filing');
    assert.match(page, /<p class="empty">Not &lt;a&gt; filing<\/p>/);
    assertOnlyOurMarkup(page);
  }
});

test('filing text with markup in the registrant and an item title stays text', () => {
  const text = edited(edited(corpusText(SEED), 'ImmunoGen, Inc.', '<script>alert("x")</script> Corp'), 'REGULATION FD DISCLOSURE', 'REGULATION FD <img src=x onerror=alert(1)>');
  const summary = summaryOfText(text);
  assert.ok(summary.registrant?.includes('<script>'), 'the fixture puts markup in the registrant');
  const page = summaryHtml(summary, RESOURCES);
  assertOnlyOurMarkup(page);
  assert.ok(page.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Corp'));
});

test('every string of a real summary replaced by hostile markup: still only the page’s own markup', () => {
  const hostile = mapStrings(summaryOfCorpus(APPLE_2019), () => PAYLOAD);
  const page = summaryHtml(hostile, RESOURCES);
  assertOnlyOurMarkup(page);
  assert.ok(page.includes(escapeHtml('<script>alert(1)</script>')));
});

test('property: any strings anywhere in the summary never add markup', () => {
  const base = summaryOfCorpus(APPLE_2019);
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 8 }), (pieces) => {
      let i = 0;
      const summary = mapStrings(base, (s) => (s === base.kind ? s : `${pieces[i++ % pieces.length]}<b>${s}`));
      assertOnlyOurMarkup(summaryHtml(summary, RESOURCES));
    }),
    { numRuns: 30 },
  );
});
