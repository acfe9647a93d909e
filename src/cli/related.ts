/**
 * `--related separate`: each related stub also as a record of its own, for tools that index
 * stubs (a search index, a link graph). The stub keeps every field it has in its parent and
 * gains an id of its own and its parent's id:
 *
 *   { "version": 1, "kind": "related", "id": "<parent id>#r1", "parent": "<parent id>", "title": …, … }
 */
import { RECORD_SCHEMA } from '../record/schema.js';
import type { IngestRecord, RelatedStub } from '../types.js';

export interface RelatedRecord extends RelatedStub {
  version: 1;
  kind: 'related';
  id: string;
  parent: string;
}

export function relatedRecords(record: IngestRecord): RelatedRecord[] {
  return record.related.map((stub, i) => ({ version: 1, kind: 'related', id: `${record.id}#r${i + 1}`, parent: record.id, ...stub }));
}

const STUB = RECORD_SCHEMA.properties.related.items;

/** Built from the record schema's stub, so the two cannot drift apart. */
export const RELATED_RECORD_SCHEMA = {
  $schema: RECORD_SCHEMA.$schema,
  $id: 'https://ingest.invalid/schema/related-v1.json',
  title: 'ingest related stub record (--related separate), version 1',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'kind', 'id', 'parent', ...STUB.required],
  properties: {
    version: { const: 1 },
    kind: { const: 'related' },
    id: { type: 'string', pattern: '#r[1-9][0-9]*$' },
    parent: { type: 'string', minLength: 1 },
    ...STUB.properties,
  },
} as const;
