/**
 * Large inputs for the benchmarks, built at bench time from the real filings
 * of test/fixtures/corpus (nothing big is committed):
 *
 * - a full submission of a given size: the SEC header and documents of a real
 *   8-K submission, followed by the documents of the other corpus filings
 *   (exhibits, XBRL, uuencoded images) again and again, renumbered, until the
 *   size is reached; the 8-K stays the main document;
 * - the worst case for the analysis: the same header with a single 8-K
 *   document whose text is the corpus filings' texts concatenated, so every
 *   character goes through the body, cover and identifier finders;
 * - a folder of many 8-Ks: the corpus 8-Ks copied under varied names.
 *
 * Each comes in a plain-text flavour (1990s-2000s filings: text documents)
 * and an HTML flavour (modern filings: HTML, inline XBRL, XBRL, images).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeFilingBytes } from '../server/src/service/decode';
import { parseSubmission } from '../server/src/service/sgml/submission';
import { sniffContainer } from '../server/src/service/sniff';
import type { ContentKind } from '../server/src/service/model';

export const CORPUS_DIR = path.resolve(__dirname, '../../test/fixtures/corpus');

export interface CorpusFile {
  name: string;
  text: string;
  /** Size on disk. */
  bytes: number;
}

/** One document's content, taken from a corpus file. */
interface Block {
  type: string;
  kind: ContentKind;
  content: string;
  description?: string;
}

export type Flavour = 'text' | 'html';

const FILING_FILE = /\.(txt|nc|htm|html)$/i;

export function loadCorpus(dir = CORPUS_DIR): CorpusFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => FILING_FILE.test(f))
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name));
      return { name, text: decodeFilingBytes(bytes).text, bytes: bytes.length };
    });
}

/** The real submissions the synthesized ones start from. */
const BASES: Record<Flavour, string> = {
  text: 'edgarcrawler_8-K_fullsub_1001258_8K_2005_0001125282-05-006555.txt',
  html: 'saftl_8-K_fullsub_2026_nvidia_0001045810-26-000019.txt',
};

/** Content kinds each flavour takes from the corpus. */
const POOL_KINDS: Record<Flavour, ReadonlySet<ContentKind>> = {
  text: new Set(['text']),
  html: new Set(['html', 'xbrl', 'xml', 'uuencoded']),
};

/** Types kept as written; any other document (a form) becomes an EX-99 exhibit. */
const KEPT_TYPE = /^(EX-|GRAPHIC$|ZIP$|EXCEL$|XML$|JSON$|PDF$)/i;

function blocksOf(file: CorpusFile): Block[] {
  const { container } = sniffContainer(file.text);
  if (container === 'submission' || container === 'document') {
    return parseSubmission(file.text).documents.map((d) => ({
      type: d.type,
      kind: d.contentKind,
      content: file.text.slice(d.textRange.start, d.textRange.end),
      description: d.description,
    }));
  }
  if (container === 'binary') return [];
  return [{ type: '8-K', kind: container === 'html' ? 'html' : 'text', content: file.text }];
}

function pool(corpus: CorpusFile[], flavour: Flavour, exclude: string): Block[] {
  const kinds = POOL_KINDS[flavour];
  return corpus.filter((f) => f.name !== exclude).flatMap(blocksOf).filter((b) => kinds.has(b.kind) && b.content.trim() !== '');
}

function base(corpus: CorpusFile[], flavour: Flavour): { header: string; documents: string } {
  const file = corpus.find((f) => f.name === BASES[flavour]);
  if (!file) throw new Error(`the corpus has no ${BASES[flavour]}`);
  const docs = parseSubmission(file.text).documents;
  const first = docs[0].range.start;
  const last = docs[docs.length - 1].range.end;
  return { header: file.text.slice(0, first), documents: `${file.text.slice(first, last)}\n` };
}

function documentBlock(type: string, sequence: number, filename: string, description: string, content: string): string {
  const body = content.startsWith('\n') ? content : `\n${content}`;
  const end = body.endsWith('\n') ? '' : '\n';
  return `<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>${sequence}\n<FILENAME>${filename}\n<DESCRIPTION>${description}\n<TEXT>${body}${end}</TEXT>\n</DOCUMENT>\n`;
}

/** A full submission of about `size` characters: a real 8-K's header and documents, then exhibits from the corpus. */
export function synthesizeSubmission(corpus: CorpusFile[], flavour: Flavour, size: number): string {
  const { header, documents } = base(corpus, flavour);
  const blocks = pool(corpus, flavour, BASES[flavour]);
  const parts = [header, documents];
  let length = header.length + documents.length;
  const closing = '</SEC-DOCUMENT>\n';
  let sequence = 100;
  for (let k = 0; length + closing.length < size; k++) {
    const b = blocks[k % blocks.length];
    sequence++;
    const type = KEPT_TYPE.test(b.type) ? b.type : `EX-99.${sequence}`;
    const ext = b.kind === 'html' ? 'htm' : b.kind === 'uuencoded' ? 'jpg' : b.kind === 'text' ? 'txt' : 'xml';
    let block = documentBlock(type, sequence, `ex${sequence}.${ext}`, b.description ?? 'EXHIBIT', b.content);
    if (length + block.length + closing.length > size) block = block.slice(0, Math.max(0, size - length - closing.length));
    parts.push(block);
    length += block.length;
  }
  parts.push(closing);
  return parts.join('');
}

/** The worst case: one main document of about `size` characters made of the corpus texts of a flavour. */
export function synthesizeSingleDocument(corpus: CorpusFile[], flavour: Flavour, size: number): string {
  const { header } = base(corpus, flavour);
  const kind: ContentKind = flavour === 'html' ? 'html' : 'text';
  const blocks = pool(corpus, flavour, '').filter((b) => b.kind === kind);
  const open = '<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>main.' + (flavour === 'html' ? 'htm' : 'txt') + '\n<TEXT>\n';
  const close = '</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n';
  const parts = [header, open];
  let length = header.length + open.length + close.length;
  for (let k = 0; length < size; k++) {
    const content = blocks[k % blocks.length].content;
    const piece = length + content.length + 1 > size ? content.slice(0, size - length) : `${content}\n`;
    parts.push(piece);
    length += piece.length;
  }
  parts.push(close);
  return parts.join('');
}

/**
 * Copies the corpus 8-Ks into `dir` under varied names: each one once, then
 * the ones under 100 KB again and again until there are `count` files (with
 * the corpus as it is, 500 files make about 20 MB). Returns the number of
 * files and their total size in bytes.
 */
export function makeBatchFolder(dir: string, count: number): { files: number; bytes: number } {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const eightKs = fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => FILING_FILE.test(f) && /8-K/.test(f) && !/NEG/.test(f))
    .sort()
    .map((name) => ({ name, size: fs.statSync(path.join(CORPUS_DIR, name)).size }));
  const small = eightKs.filter((f) => f.size < 100_000);
  let bytes = 0;
  for (let k = 0; k < count; k++) {
    const { name, size } = k < eightKs.length ? eightKs[k] : small[(k - eightKs.length) % small.length];
    fs.copyFileSync(path.join(CORPUS_DIR, name), path.join(dir, `${String(k).padStart(4, '0')}-${name}`));
    bytes += size;
  }
  return { files: count, bytes };
}
