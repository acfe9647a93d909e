/**
 * Tables of figures inside a story (results, prices, a timetable) are left out of the body,
 * consistently: their cells are not sentences, and a body made of "12 | 4,5 % | Genève"
 * reads badly in a search index or a translation. They are kept in `removed` as kind
 * "table", so nothing is lost; a table's `<caption>` is a caption. Layout tables (old sites
 * that put the whole page in a grid) are not data: they nest tables, hold long texts in a
 * cell, or say role="presentation"; a table of links is a list (of headlines) laid out in a grid.
 */
import type { Element } from 'domhandler';
import { textOf } from './metadata.js';
import { parentElement } from './tree.js';

export type TablePart = 'cell' | 'caption' | null;

export function tableReader(): (owner: Element) => TablePart {
  const memo = new Map<Element, boolean>();
  return (owner) => {
    let part: TablePart = null;
    for (let el: Element | null = owner, d = 0; el && d < 12; el = parentElement(el), d++) {
      if (el.name === 'caption') part = 'caption';
      else if ((el.name === 'td' || el.name === 'th') && part === null) part = 'cell';
      if (el.name === 'table') {
        if (part === null) return null;
        let data = memo.get(el);
        if (data === undefined) {
          data = isDataTable(el);
          memo.set(el, data);
        }
        return data ? part : null;
      }
    }
    return null;
  };
}

function isDataTable(table: Element): boolean {
  if ((table.attribs.role ?? '').toLowerCase() === 'presentation') return false;
  let rows = 0;
  let headers = 0;
  let caption = false;
  let longest = 0;
  let nested = false;
  let maxCells = 0;
  let cellChars = 0;
  let linkChars = 0;
  const stack: Element[] = [...table.children.filter((c): c is Element => c.type === 'tag')];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.name === 'table') {
      nested = true;
      continue;
    }
    if (el.name === 'caption') caption = true;
    if (el.name === 'tr') {
      rows++;
      maxCells = Math.max(maxCells, el.children.filter((c) => c.type === 'tag' && ((c as Element).name === 'td' || (c as Element).name === 'th')).length);
    }
    if (el.name === 'th') headers++;
    if (el.name === 'td' || el.name === 'th') {
      const n = textOf(el).trim().length;
      longest = Math.max(longest, n);
      cellChars += n;
    }
    if (el.name === 'a') linkChars += textOf(el).trim().length;
    for (const c of el.children) if (c.type === 'tag') stack.push(c as Element);
  }
  // Cells that are mostly links are a list laid out as a table (headlines and their dates).
  if (nested || longest > 200 || linkChars > 0.3 * cellChars) return false;
  return caption || headers > 0 || (rows >= 3 && maxCells >= 2);
}
