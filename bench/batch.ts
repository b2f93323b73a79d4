/** Batch: `edgar-filings check` over a folder of about 500 8-Ks in one process, start-up included. */
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { CLI } from './lsp';
import { median, time } from './measure';
import { makeBatchFolder } from './synth';

export interface BatchResult {
  files: number;
  bytes: number;
  /** Median wall time of `runs` runs, in milliseconds. */
  ms: number;
  runs: number;
  status: number | null;
}

export function batch(count = 500, runs = 5): BatchResult {
  const dir = path.join(os.tmpdir(), 'edgar-bench-batch');
  const { files, bytes } = makeBatchFolder(dir, count);
  try {
    const times: number[] = [];
    let status: number | null = null;
    for (let i = 0; i < runs; i++) {
      times.push(
        time(() => {
          const r = spawnSync(process.execPath, [CLI, 'check', dir], { stdio: ['ignore', 'ignore', 'ignore'] });
          status = r.status;
        }),
      );
    }
    return { files, bytes, ms: median(times), runs, status };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
