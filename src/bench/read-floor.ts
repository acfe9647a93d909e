/**
 * The I/O floor of the throughput bench: a bare Node process that walks the folders it is
 * given and reads every file in them, as `ingest` does, and does nothing else. No run of
 * `ingest` over the same folders can be faster; the gap between the two is the extraction.
 *
 *   node dist/bench/read-floor.js DIR...   → {"files": N, "bytes": N} on stdout
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let bytes = 0;
for (const dir of process.argv.slice(2)) {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += readFileSync(join(entry.parentPath, entry.name)).length;
    files++;
  }
}
process.stdout.write(`${JSON.stringify({ files, bytes })}\n`);
