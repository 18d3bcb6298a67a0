// The reference vector folder both vector-driven suites read: METRIC_VECTORS_DIR (a held-out set with
// the same schema), or the project's copy in tests/vectors.
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tolerance } from '../helpers/close.ts';
import type { VectorCase } from './vector-families.ts';

export interface VectorFile {
  readonly name: string;
  readonly family: string;
  readonly case_count?: number;
  readonly suggested_tolerance?: Tolerance;
  readonly cases: VectorCase[];
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const configured = process.env['METRIC_VECTORS_DIR'] ?? 'tests/vectors';
export const vectorsDir = isAbsolute(configured) ? configured : resolve(repoRoot, configured);

/** Every *.json file of the folder, in name order, with its file name. */
export function readVectorFiles(): VectorFile[] {
  return readdirSync(vectorsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      ...(JSON.parse(readFileSync(join(vectorsDir, name), 'utf8')) as Omit<VectorFile, 'name'>),
      name,
    }));
}
