/**
 * `--stdin-ndjson`: a streaming mapper for other tools. One JSON document a line in,
 * `{"id": …, "text": …}` or `{"id": …, "html": …}`, one record a line out, in the same order,
 * each written as soon as it is made (so a tool can send a document and wait for its record).
 * A line that is not such a document gets an error line naming `stdin:LINE`, and the mapper
 * goes on. readline reads stdin as it comes and pauses it when lines pile up, so memory holds
 * a few lines, not the input.
 */
import { createInterface } from 'node:readline';
import { ingest } from '../ingest.js';
import { InputError } from '../errors.js';
import { tooLargeReason } from '../io/read.js';
import { yieldToEvents, type Session } from './session.js';
import type { InputFormat } from '../io/format.js';
import type { RunOptions } from './options.js';

export interface NdjsonDocument {
  id: string;
  content: string;
  format: InputFormat;
}

const SHAPE = 'expected {"id": "…", "text": "…"} or {"id": "…", "html": "…"}';

export function parseDocumentLine(line: string): NdjsonDocument | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: `not JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: SHAPE };
  const doc = value as Record<string, unknown>;
  if (typeof doc.id !== 'string' || doc.id.length === 0) return { error: `no "id" string; ${SHAPE}` };
  const hasText = typeof doc.text === 'string';
  const hasHtml = typeof doc.html === 'string';
  if (hasText === hasHtml) return { error: `${hasText ? 'both "text" and "html"' : 'no "text" or "html" string'}; ${SHAPE}` };
  return { id: doc.id, content: (hasText ? doc.text : doc.html) as string, format: hasText ? 'text' : 'html' };
}

export async function runNdjson(session: Session, o: RunOptions, input: NodeJS.ReadableStream = process.stdin): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  session.onInterrupt = () => lines.close();
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (session.stopped) break;
    if (line.trim().length === 0) continue;
    session.stats.inputs++;
    await mapLine(line, `stdin:${lineNo}`, session, o);
    // The record is out; let a Ctrl-C in before the next line.
    await yieldToEvents();
  }
  lines.close();
  if (session.stats.interrupted && 'destroy' in input) (input as NodeJS.ReadStream).destroy();
}

async function mapLine(line: string, where: string, session: Session, o: RunOptions): Promise<void> {
  const doc = parseDocumentLine(line);
  if ('error' in doc) return session.fail(where, doc.error);
  const size = Buffer.byteLength(doc.content);
  if (size > o.maxBytes) return session.fail(where, tooLargeReason(size, o.maxBytes), doc.id);
  try {
    await session.deliver(ingest(doc.content, { path: doc.id, format: doc.format }));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    await session.fail(where, e.reason, doc.id);
  }
}
