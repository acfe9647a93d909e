/**
 * `--out DIR`: one JSON file per record, written atomically: the text goes to a hidden temp
 * file in DIR, which is then renamed over the final name. A rename within one directory is
 * atomic, so a run killed at any point leaves either the old file, the new one, or none, and
 * never half of one; `--resume` can then trust every file it finds.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileNamer } from './filenames.js';
import { toNdjsonLine } from './output.js';

/** Temp files are `.<name>.tmp-<pid>`: hidden, so that no tool takes them for records. */
const TEMP = /^\..+\.tmp-(\d+)$/;

export class DirWriter {
  private readonly names = new FileNamer();

  constructor(
    readonly dir: string,
    private readonly pretty: boolean,
  ) {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
    this.removeStaleTemps();
  }

  /** Writes the value (a record or a stub record) under its id's file name; returns the path. */
  write(id: string, value: unknown): string {
    const name = this.names.nameFor(id);
    const final = join(this.dir, name);
    const temp = join(this.dir, `.${name}.tmp-${process.pid}`);
    try {
      writeFileSync(temp, toNdjsonLine(value, this.pretty));
      renameSync(temp, final);
    } catch (e) {
      rmSync(temp, { force: true });
      throw e;
    }
    return final;
  }

  /**
   * Whether the record for this id is already in DIR from the same bytes (`--resume`). The
   * name is claimed either way, so that later ids get the suffixes an uninterrupted run gives.
   */
  hasRecord(id: string, sha256: string): boolean {
    const path = join(this.dir, this.names.nameFor(id));
    try {
      const old = JSON.parse(readFileSync(path, 'utf8')) as { source?: { sha256?: unknown } };
      return old.source?.sha256 === sha256;
    } catch {
      return false;
    }
  }

  /** Temp files left by a run that was killed (SIGKILL, power loss): their process is gone. */
  private removeStaleTemps(): void {
    for (const name of readdirSync(this.dir)) {
      const m = TEMP.exec(name);
      if (m && !processAlive(Number(m[1]))) rmSync(join(this.dir, name), { force: true });
    }
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
