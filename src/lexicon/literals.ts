/**
 * A cheap test before a phrase pattern runs: the literal text each of its alternatives must
 * contain. "newsletters?|sign up|in your inbox" needs "newsletter", "sign up" or "in your
 * inbox" somewhere in the line; when none of them is there (most lines), the pattern cannot
 * match and is not run. `String.prototype.includes` is far cheaper than a regular expression
 * that must try every position of a long line.
 */

/**
 * Texts one of which every match contains: for each top-level alternative, its best
 * requirement (a literal run, or a required group whose alternatives all have one). Null
 * when some alternative requires nothing that can be told cheaply.
 */
export function requiredLiterals(pattern: string, minLength = 3): string[] | null {
  const out: string[] = [];
  for (const alternative of splitTopLevel(pattern)) {
    const need = requirementOf(alternative, minLength);
    if (!need) return null;
    out.push(...need);
  }
  return out.length > 0 ? [...new Set(out)] : null;
}

/** Splits on `|` outside groups and character classes. */
function splitTopLevel(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(pattern.slice(start));
  return parts;
}

/**
 * What one alternative requires: its longest run of plain characters outside groups and
 * classes, or the any-of list of a group that is not optional, whichever is more selective
 * (the longer its shortest text). A character followed by `?`, `*` or `{0,…}` is optional
 * and ends a run; anchors, escapes and classes end it too.
 */
function requirementOf(alternative: string, minLength: number): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const end = () => {
    const t = run.trim();
    // A rare symbol ("©", "€") is selective however short it is.
    if (t.length >= minLength || (t.length > 0 && /[©®™€£$%@&]/u.test(t))) candidates.push([t]);
    run = '';
  };
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    const next = alternative[i + 1];
    if (c === '\\') {
      const escaped = alternative[i + 1];
      // An escaped punctuation mark ("\+", "\.") is that character; a class (\d, \p{L}) ends the run.
      if (escaped !== undefined && /[^\p{L}\p{N}]/u.test(escaped) && !['?', '*', '{'].includes(alternative[i + 2] ?? '')) {
        run += escaped;
        i++;
        continue;
      }
      end();
      i++;
      if (alternative[i] === 'p' || alternative[i] === 'P') i = alternative.indexOf('}', i);
      continue;
    }
    if (c === '(') {
      end();
      const close = closingParen(alternative, i);
      let inner = alternative.slice(i + 1, close);
      const after = alternative[close + 1];
      const optional = after === '?' || after === '*' || (after === '{' && alternative[close + 2] === '0');
      const lookaround = /^\?(?:<?[=!])/u.test(inner);
      if (inner.startsWith('?:')) inner = inner.slice(2);
      if (!optional && !lookaround) {
        const group = requiredLiterals(inner, minLength);
        if (group) candidates.push(group);
      }
      i = close;
      continue;
    }
    if (c === '[') {
      end();
      i = skipClass(alternative, i);
      continue;
    }
    if (c === '{') {
      // A quantifier's bounds ("{1,2}") are not text.
      end();
      const close = alternative.indexOf('}', i);
      i = close < 0 ? alternative.length : close;
      continue;
    }
    if ('^$.+*?}|)'.includes(c)) {
      end();
      continue;
    }
    if (next === '?' || next === '*' || (next === '{' && alternative[i + 2] === '0')) {
      end();
      continue;
    }
    run += c;
  }
  end();
  if (candidates.length === 0) return null;
  const shortest = (xs: string[]) => Math.min(...xs.map((x) => x.length));
  return candidates.reduce((a, b) => (shortest(b) > shortest(a) ? b : a));
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '[') i = skipClass(s, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return s.length - 1;
}

function skipClass(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i;
  }
  return s.length;
}

/**
 * All the rules' literals in one Aho–Corasick automaton: one pass over a line tells which
 * rules have one of their literals in it, where testing each literal with `includes` costs
 * hundreds of scans per line.
 */
export class LiteralIndex {
  private readonly next: Array<Map<string, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];

  constructor(entries: ReadonlyArray<{ literal: string; id: number }>) {
    for (const { literal, id } of entries) {
      let node = 0;
      for (const ch of literal) {
        let to = this.next[node]!.get(ch);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[node]!.set(ch, to);
        }
        node = to;
      }
      this.out[node]!.push(id);
    }
    // Breadth first: each node's failure link is the longest proper suffix that is a prefix.
    const queue: number[] = [...this.next[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const [ch, to] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(ch)) f = this.fail[f]!;
        const target = this.next[f]!.get(ch);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.out[to] = [...this.out[to]!, ...this.out[this.fail[to]!]!];
        queue.push(to);
      }
    }
  }

  /** The ids of the entries whose literal occurs in `text`. */
  idsIn(text: string): Set<number> {
    const found = new Set<number>();
    let node = 0;
    for (const ch of text) {
      while (node !== 0 && !this.next[node]!.has(ch)) node = this.fail[node]!;
      node = this.next[node]!.get(ch) ?? 0;
      for (const id of this.out[node]!) found.add(id);
    }
    return found;
  }
}
