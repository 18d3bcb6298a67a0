// Runs every case of every <family>.json in METRIC_VECTORS_DIR (default
// tests/vectors, relative to the repository root) through the public API.
import { describe, expect, test, vi } from 'vitest';
import type { Tolerance } from '../helpers/close.ts';
import { CHECKERS, type VectorCase } from './vector-families.ts';
import { TEXT_CHECKERS } from './vector-families-text.ts';
import { readVectorFiles, vectorsDir } from './vector-files.ts';

// A held-out file may hold much larger cases than ours (a 100,000-sample ROC curve takes about 1 s here).
vi.setConfig({ testTimeout: 60_000 });

const families: Record<string, Record<string, (c: VectorCase, tol: Tolerance) => void>> = {
  ...CHECKERS,
  ...TEXT_CHECKERS,
};

const files = readVectorFiles();

test(`the vector folder ${vectorsDir} holds at least one family file`, () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const data of files) {
  const file = data.name;
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
