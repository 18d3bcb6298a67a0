// Runs every case of every <family>.json in METRIC_VECTORS_DIR (default
// tests/vectors, relative to the repository root) through the public API.
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import type { Tolerance } from '../helpers/close.ts';
import { CHECKERS, type VectorCase } from './vector-families.ts';
import { TEXT_CHECKERS } from './vector-families-text.ts';

// A held-out file may hold much larger cases than ours (a 100,000-sample ROC curve takes about 1 s here).
vi.setConfig({ testTimeout: 60_000 });

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const configured = process.env['METRIC_VECTORS_DIR'] ?? 'tests/vectors';
const vectorsDir = isAbsolute(configured) ? configured : resolve(repoRoot, configured);
const families: Record<string, Record<string, (c: VectorCase, tol: Tolerance) => void>> = {
  ...CHECKERS,
  ...TEXT_CHECKERS,
};

interface VectorFile {
  readonly family: string;
  readonly case_count?: number;
  readonly suggested_tolerance?: Tolerance;
  readonly cases: VectorCase[];
}

const files = readdirSync(vectorsDir)
  .filter((f) => f.endsWith('.json'))
  .sort();

test(`the vector folder ${vectorsDir} holds at least one family file`, () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const file of files) {
  const data = JSON.parse(readFileSync(join(vectorsDir, file), 'utf8')) as VectorFile;
  const tol = data.suggested_tolerance ?? { rtol: 0, atol: 0 };
  describe(`${file} (${data.family})`, () => {
    test('is a known family whose case count matches its header', () => {
      expect(families[data.family], `family "${data.family}" has no checker`).toBeDefined();
      if (data.case_count !== undefined) expect(data.cases.length).toBe(data.case_count);
    });
    test.each(data.cases.map((c) => [c.name, c.kind, c] as const))(
      'case %s (%s) matches the reference',
      (_name, kind, c) => {
        const checker = families[data.family]?.[kind];
        expect(checker, `family "${data.family}" has no checker for kind "${kind}"`).toBeDefined();
        checker!(c, tol);
      },
    );
  });
}
