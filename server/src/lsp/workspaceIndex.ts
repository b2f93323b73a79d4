/**
 * The filings in the workspace folders, for workspace symbols. Files are
 * found by their endings, read, sniffed and analysed once per modification
 * time; only their symbols are kept. A search yields between files so it can
 * be cancelled (editors cancel as the user types) and resumes where the cache
 * leaves off.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SymbolInformation } from 'vscode-languageserver-types';
import { analyzeFiling } from '../service/analyze';
import { decodeFilingBytes } from '../service/decode';
import { looksLikeFiling } from '../service/sniff';
import { createContext } from '../features/context';
import { filingSymbols } from '../features/workspaceSymbols';

const FILING_EXTENSIONS = new Set(['.txt', '.nc', '.htm', '.html', '.xhtml', '.sgm', '.sgml']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'out', 'dist']);
/** A workspace with more candidate files than this is indexed only in part. */
const MAX_FILES = 20000;

interface IndexedFile {
  mtimeMs: number;
  size: number;
  symbols: SymbolInformation[];
}

export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

export class SearchCancelled extends Error {
  constructor() {
    super('workspace search cancelled');
  }
}

export class WorkspaceIndex {
  private readonly folders = new Set<string>();
  private readonly files = new Map<string, IndexedFile>();

  constructor(
    /** Largest file analysed, in bytes. */
    private readonly maxBytes: () => number,
    private readonly log: (message: string) => void,
  ) {}

  addFolder(uri: string): void {
    const p = toPath(uri);
    if (p) this.folders.add(p);
  }

  removeFolder(uri: string): void {
    const p = toPath(uri);
    if (!p) return;
    this.folders.delete(p);
    for (const file of this.files.keys()) if (isInside(file, p)) this.files.delete(file);
  }

  get folderCount(): number {
    return this.folders.size;
  }

  /**
   * The symbols of every filing on disk under the folders, except the files
   * named in `skip` (open documents, whose symbols come from the editor's text).
   */
  async symbols(token: CancellationLike, skip: ReadonlySet<string>): Promise<SymbolInformation[]> {
    const out: SymbolInformation[] = [];
    const seen = new Set<string>();
    for (const folder of this.folders) {
      for (const file of await this.candidates(folder, token)) {
        seen.add(file);
        if (skip.has(file)) continue;
        const indexed = await this.indexFile(file, token);
        if (indexed) out.push(...indexed.symbols);
      }
    }
    for (const file of this.files.keys()) if (!seen.has(file)) this.files.delete(file);
    return out;
  }

  private async indexFile(file: string, token: CancellationLike): Promise<IndexedFile | undefined> {
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      this.files.delete(file);
      return undefined;
    }
    const known = this.files.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known;
    if (token.isCancellationRequested) throw new SearchCancelled();

    const entry: IndexedFile = { mtimeMs: stat.mtimeMs, size: stat.size, symbols: [] };
    if (stat.size <= this.maxBytes()) {
      try {
        // Most files that are not filings are told apart by their head, unread beyond it.
        if (await headLooksLikeFiling(file)) {
          const decoded = decodeFilingBytes(await fs.readFile(file));
          if (!decoded.binary && looksLikeFiling(decoded.text)) {
            const uri = pathToFileURL(file).href;
            entry.symbols = filingSymbols(createContext(uri, 0, decoded.text, analyzeFiling(decoded.text)));
          }
        }
      } catch (e) {
        this.log(`workspace symbols: ${file} was skipped: ${(e as Error).message}`);
      }
      // Analysis is synchronous: let cancellations and other requests through between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.files.set(file, entry);
    return entry;
  }

  private async candidates(folder: string, token: CancellationLike): Promise<string[]> {
    const out: string[] = [];
    const pending = [folder];
    while (pending.length > 0 && out.length < MAX_FILES) {
      if (token.isCancellationRequested) throw new SearchCancelled();
      const dir = pending.pop() as string;
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(e.name)) pending.push(p);
        } else if (e.isFile() && FILING_EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
          out.push(p);
        }
      }
    }
    return out.sort();
  }
}

const HEAD_BYTES = 256 * 1024;

async function headLooksLikeFiling(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const decoded = decodeFilingBytes(buffer.subarray(0, bytesRead));
    return !decoded.binary && looksLikeFiling(decoded.text);
  } finally {
    await handle.close();
  }
}

/** The file system path of a file: URI, or undefined for other schemes. */
export function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
