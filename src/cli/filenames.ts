/**
 * Output file names for `--out DIR`. A record id is already tame (letters, digits, dashes),
 * but ids of `--stdin-ndjson` documents and stub ids come from elsewhere, and a name must
 * never leave DIR, hide itself, overflow the file system's limit or land on another record's
 * file on a case-insensitive disk (macOS, Windows).
 */

/** Bytes left for the stem: 255 minus the "-NN" suffix, ".json" and the temp file's ".….tmp-PID". */
const MAX_STEM_BYTES = 200;

/** Characters that a path or some file system gives a meaning to, and controls. */
const UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|]/g;
/** Names that Windows reserves whatever their extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function safeStem(id: string): string {
  let s = id.normalize('NFC').replace(UNSAFE, '_').replace(/\.{2,}/g, '_').replace(/^[.\s]+/, '_').replace(/[.\s]+$/, '');
  if (RESERVED.test(s)) s = `_${s}`;
  s = truncateUtf8(s, MAX_STEM_BYTES);
  return s.length > 0 ? s : '_';
}

/** The longest prefix of s that fits in `max` UTF-8 bytes, cut between code points. */
function truncateUtf8(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * Hands out one file name per id for a run, the same one each time an id is asked again;
 * a name that another id already holds, compared without case, gets "-2", "-3"… The order
 * of the requests decides the suffixes, so a run over the same inputs names them the same.
 */
export class FileNamer {
  private readonly byId = new Map<string, string>();
  private readonly taken = new Set<string>();

  nameFor(id: string): string {
    const known = this.byId.get(id);
    if (known) return known;
    const stem = safeStem(id);
    let name = `${stem}.json`;
    for (let n = 2; this.taken.has(foldCase(name)); n++) name = `${stem}-${n}.json`;
    this.taken.add(foldCase(name));
    this.byId.set(id, name);
    return name;
  }
}

const foldCase = (name: string): string => name.normalize('NFKC').toLowerCase();
