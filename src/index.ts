export { ingest, ingestWithTrace, type IngestOptions, type IngestTrace } from './ingest.js';
export { InputError } from './errors.js';
export type * from './types.js';
