/**
 * The record's JSON Schema (draft 2020-12), version 1. It mirrors `IngestRecord` in types.ts;
 * the tests validate every record they produce against it, so the two cannot drift apart
 * unnoticed.
 */
const lines = { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 2, maxItems: 2 } as const;
const nullableString = { type: ['string', 'null'] } as const;
const lang = { enum: ['en', 'fr', 'und'] } as const;
const confidence = { type: 'number', minimum: 0, maximum: 1 } as const;

export const RECORD_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://ingest.invalid/schema/record-v1.json',
  title: 'ingest record, version 1',
  type: 'object',
  additionalProperties: false,
  required: [
    'version', 'id', 'source', 'lang', 'langConfidence', 'title', 'url', 'site', 'declaredLang', 'body', 'paragraphs', 'related', 'byline',
    'published', 'updated', 'dates', 'captions', 'credits', 'tags', 'embeds', 'removed',
  ],
  properties: {
    version: { const: 1 },
    id: { type: 'string', minLength: 1 },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'bytes', 'sha256', 'format', 'encoding'],
      properties: {
        path: { type: 'string' },
        bytes: { type: 'integer', minimum: 0 },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        format: { enum: ['text', 'html'] },
        encoding: { type: 'string' },
      },
    },
    lang,
    langConfidence: confidence,
    title: nullableString,
    url: nullableString,
    site: nullableString,
    declaredLang: nullableString,
    body: { type: 'string' },
    paragraphs: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'text', 'lines'],
        properties: { type: { enum: ['paragraph', 'heading'] }, text: { type: 'string', minLength: 1 }, lines },
      },
    },
    related: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'summary', 'lang', 'langConfidence', 'labels', 'badges', 'caption', 'url', 'lines'],
        properties: {
          title: nullableString,
          summary: nullableString,
          lang,
          langConfidence: confidence,
          labels: { type: 'array', items: { type: 'string' } },
          badges: { type: 'array', items: { type: 'string' } },
          caption: nullableString,
          url: nullableString,
          lines,
        },
      },
    },
    byline: nullableString,
    published: nullableString,
    updated: nullableString,
    dates: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'text', 'iso', 'lines'],
        properties: { kind: { enum: ['published', 'updated'] }, text: { type: 'string' }, iso: nullableString, lines },
      },
    },
    captions: { type: 'array', items: { type: 'string' } },
    credits: { type: 'array', items: { type: 'string' } },
    tags: { type: 'array', items: { type: 'string' } },
    embeds: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'text', 'author', 'handle', 'date', 'dateText', 'url', 'lines'],
        properties: {
          type: { enum: ['tweet', 'post'] },
          text: { type: 'string' },
          author: nullableString,
          handle: nullableString,
          date: nullableString,
          dateText: nullableString,
          url: nullableString,
          lines,
        },
      },
    },
    removed: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'text', 'lines', 'rule'],
        properties: { kind: { type: 'string' }, text: { type: 'string' }, lines, rule: { type: 'string' } },
      },
    },
  },
} as const;
