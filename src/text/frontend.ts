/**
 * The plain-text front end: numbered lines to units. A unit is one non-blank line; lines with
 * no blank line between them share a block, because a dump's blank lines are the only trace
 * of the page's boxes. NBSP-only lines count as blank for blocks but are returned as spacer
 * spans so the audit can account for them.
 */
import type { FrontEndOutput, SourceLine, Unit } from '../types.js';
import { detectWrap, wrapGroups } from './unwrap.js';

export function linesToUnits(input: SourceLine[]): FrontEndOutput {
  const lines = unwrapLines(input);
  const units: Unit[] = [];
  const spacers: Array<[number, number]> = [];
  let block = -1;
  let gap = 0;
  let inBlock = false;
  for (const line of lines) {
    if (line.text === '') {
      if (line.spacer) {
        const last = spacers[spacers.length - 1];
        // Consecutive spacer lines (blank lines between them included) make one audit entry.
        if (last && gap > 0 && last[1] >= line.no - gap) last[1] = line.no;
        else spacers.push([line.no, line.no]);
      }
      gap++;
      inBlock = false;
      continue;
    }
    if (!inBlock) block++;
    inBlock = true;
    const last = (line as { last?: number }).last ?? line.no;
    units.push({ index: units.length, text: line.text, lines: [line.no, last], block, gapBefore: units.length === 0 ? 0 : gap });
    gap = 0;
  }
  return { units, spacers, hasBlankLines: units.some((u) => u.gapBefore > 0) };
}

/** A wrapped dump's paragraphs become one line each, spanning their original line numbers. */
function unwrapLines(lines: SourceLine[]): Array<SourceLine & { last?: number }> {
  const info = detectWrap(lines);
  if (!info.wrapped) return lines;
  const out: Array<SourceLine & { last?: number }> = [];
  let next = 0;
  for (const group of wrapGroups(lines, info)) {
    // Blank lines between groups are kept so that blocks and gaps stay as they were.
    for (; next < group[0]!; next++) out.push(lines[next]!);
    const parts = group.map((i) => lines[i]!);
    out.push({ no: parts[0]!.no, text: parts.map((p) => p.text).join(' '), spacer: false, last: parts[parts.length - 1]!.no });
    next = group[group.length - 1]! + 1;
  }
  for (; next < lines.length; next++) out.push(lines[next]!);
  return out;
}
