import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (...p: string[]) => join(ROOT, 'fixtures', ...p);
export const readFixture = (...p: string[]) => readFileSync(fixture(...p));
