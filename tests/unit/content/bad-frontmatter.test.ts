// A page with bad frontmatter must stop the build with a message that names the file and the field.
// Runs `astro sync` (which validates every collection entry) on a scratch copy of the project.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'aip-frontmatter-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('astro sync fails on a page without a description, naming the file and the field', { timeout: 120_000 }, () => {
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content']) {
    cpSync(resolve(entry), join(scratch, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(scratch, 'node_modules'));
  writeFileSync(
    join(scratch, 'content', 'broken-page.mdx'),
    "---\ntitle: A broken page\norder: 999\nobjectives: ['1.1.1']\n---\n\nText.\n",
  );
  const result = spawnSync(join(scratch, 'node_modules', '.bin', 'astro'), ['sync'], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toContain('broken-page');
  expect(output).toContain('description');
});
