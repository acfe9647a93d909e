/** NDJSON that stays one record a line whatever the text holds. */
export function toNdjsonLine(value: unknown, pretty = false): string {
  const json = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
  // JSON allows U+2028/U+2029 raw, but some line-based tools split on them.
  return `${json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`;
}

/** Writes to stdout and waits when the reader is slower than us, so memory stays flat. */
export async function writeStdout(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}
