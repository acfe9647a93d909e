/** `ingest explain`: each line with the field it went to and the rule that sent it there. */
import { Chalk } from 'chalk';
import type { IngestTrace } from '../ingest.js';
import type { Label } from '../types.js';

export function fieldOf(label: Label): string {
  switch (label.role) {
    case 'furniture':
      return `removed:${label.kind}`;
    case 'meta':
      return label.kind;
    default:
      return label.role;
  }
}

export function renderExplain(trace: IngestTrace, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const paint = (label: Label, s: string): string => {
    switch (label.role) {
      case 'title':
        return c.bold.cyan(s);
      case 'body':
      case 'heading':
        return c.green(s);
      case 'furniture':
        return c.red(s);
      case 'meta':
        return c.yellow(s);
      default:
        return c.magenta(s);
    }
  };
  const out: string[] = [];
  for (const u of trace.classification.units) {
    const field = fieldOf(u.label).padEnd(24);
    const where = (u.lines[0] === u.lines[1] ? `${u.lines[0]}` : `${u.lines[0]}-${u.lines[1]}`).padStart(7);
    out.push(`${c.dim(where)}  ${paint(u.label, field)} ${c.dim(u.label.rule.padEnd(34))} ${u.text}`);
  }
  const r = trace.record;
  out.push('');
  out.push(`lang ${r.lang} (${r.langConfidence.toFixed(2)}), ${r.paragraphs.length} paragraphs, ${r.related.length} related stubs, ${r.removed.length} removed`);
  return `${out.join('\n')}\n`;
}
