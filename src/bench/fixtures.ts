/**
 * The repository's own inputs (fixtures/**\/*.txt and *.html) as the raw material of the
 * benchmark corpus: each read once, decoded, and given a language by a count of function
 * words. The language is guessed here, not asked of `ingest`, so that the corpus stays the
 * same when the classifier changes: the benchmark must measure two commits on the same pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';

export type PageLang = 'en' | 'fr';

/** One of each, keyed by language: the pools of parts a page may borrow from. */
export type PerLang<T> = Record<PageLang, T>;

/**
 * How a page's bytes are turned back into a file. A Windows-1252 fixture is held as latin1
 * (one char per byte) so that writing it back gives the same bytes, encoding included.
 */
export type ByteEncoding = 'utf-8' | 'latin1';

export interface FixtureSource {
  /** The path under fixtures/, for messages. */
  path: string;
  /** The file's name without its extension, to name the pages made from it. */
  stem: string;
  format: 'text' | 'html';
  lang: PageLang;
  content: string;
  encoding: ByteEncoding;
}

const EXTENSIONS: Record<string, 'text' | 'html'> = { '.txt': 'text', '.html': 'html', '.htm': 'html' };

/** Every .txt and .html under the folder, in path order (fixtures/gold holds JSON: not picked). */
export function loadFixtures(dir: string): FixtureSource[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && EXTENSIONS[extname(e.name).toLowerCase()] !== undefined)
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return files.map((file) => {
    const { content, encoding } = decode(readFileSync(file));
    const format = EXTENSIONS[extname(file).toLowerCase()]!;
    return { path: relative(dir, file), stem: basename(file, extname(file)), format, lang: guessLang(format === 'html' ? visibleText(content) : content), content, encoding };
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): { content: string; encoding: ByteEncoding } {
  try {
    return { content: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { content: bytes.toString('latin1'), encoding: 'latin1' };
  }
}

/** Words that are frequent in one language and rare in the other ("en", "a" are in both). */
const FUNCTION_WORDS: PerLang<ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'was', 'for', 'that', 'with', 'said', 'from', 'by', 'at', 'which', 'have', 'has']),
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'aux', 'pas', 'avec']),
};

export function guessLang(text: string): PageLang {
  let en = 0;
  let fr = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FUNCTION_WORDS.en.has(word)) en++;
    else if (FUNCTION_WORDS.fr.has(word)) fr++;
  }
  return fr > en ? 'fr' : 'en';
}

/** A fragment of HTML as words: tags, scripts and styles out, white space folded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
