/** Walking up the DOM: the few moves the HTML modules share. */
import type { Element } from 'domhandler';

/** The parent element, or null at the document's root. */
export function parentElement(el: Element): Element | null {
  const p = el.parent;
  return p && p.type === 'tag' ? (p as Element) : null;
}

/** Whether `el` is `box` or inside it, looking at most `maxDepth` levels up. */
export function isInside(el: Element, box: Element, maxDepth = Number.POSITIVE_INFINITY): boolean {
  let cur: Element | null = el;
  for (let d = 0; cur && d <= maxDepth; d++, cur = parentElement(cur)) if (cur === box) return true;
  return false;
}
