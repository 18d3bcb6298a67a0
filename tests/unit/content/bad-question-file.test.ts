// A broken question file must stop the build with a message that names the file and the field.
// Runs `astro sync` (which validates every collection entry) on a scratch copy of the project.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'aip-questions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function sync(): string {
  const result = spawnSync(join(scratch, 'node_modules', '.bin', 'astro'), ['sync'], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(result.status).not.toBe(0);
  return `${result.stdout}\n${result.stderr}`;
}

test('astro sync fails on a question without an explanation, naming the file and the field', { timeout: 180_000 }, () => {
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content']) {
    cpSync(resolve(entry), join(scratch, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(scratch, 'node_modules'));
  const path = join(scratch, 'content', 'questions', 'inference.json');
  const file = JSON.parse(readFileSync(path, 'utf8')) as { questions: { options?: { explanation: string }[] }[] };
  const question = file.questions.find((candidate) => candidate.options !== undefined)!;
  question.options![2]!.explanation = '';
  writeFileSync(path, JSON.stringify(file));
  const output = sync();
  expect(output).toContain('inference');
  expect(output).toMatch(/questions\.\d+\.options\.2\.explanation/);
});
