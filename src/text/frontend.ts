/**
 * The plain-text front end: numbered lines to units. A unit is one non-blank line; lines with
 * no blank line between them share a block, because a dump's blank lines are the only trace
 * of the page's boxes. NBSP-only lines count as blank for blocks but are returned as spacer
 * spans so the audit can account for them.
 */
import type { FrontEndOutput, SourceLine, Unit } from '../types.js';

export function linesToUnits(lines: SourceLine[]): FrontEndOutput {
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
    units.push({ index: units.length, text: line.text, lines: [line.no, line.no], block, gapBefore: units.length === 0 ? 0 : gap });
    gap = 0;
  }
  return { units, spacers, hasBlankLines: units.some((u) => u.gapBefore > 0) };
}
