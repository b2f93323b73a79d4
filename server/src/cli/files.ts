/** Which files a command line names: files as given, directories expanded and sorted. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** File endings a directory scan picks up (a file named explicitly is always read). */
const FILING_EXTENSIONS = new Set(['.txt', '.nc', '.htm', '.html', '.xhtml', '.sgm', '.sgml']);

export interface FileListing {
  files: string[];
  problems: string[];
}

export function expandArguments(args: string[]): FileListing {
  const files: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      problems.push(`${arg}: no such file or directory`);
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(arg).sort();
      if (found.length === 0) problems.push(`${arg}: no filing files (.txt, .nc, .htm, .html) in this directory`);
      files.push(...found);
    } else {
      files.push(arg);
    }
  }
  return { files, problems };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile() && FILING_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}
