// The blind review of the question bank: every question is answered by a second reader who sees only
// the stem and the options, and the answers are compared with the keys (docs/QUESTIONS.md).
//
//   node scripts/blind-review.mjs export <out.json> [--pages a,b] [--ids x,y] [--new-since <git ref>]
//       Writes the questions as the reader sees them: no key, no explanation, no section, steps and
//       responses shuffled (seeded by id), options lettered A, B, ...
//   node scripts/blind-review.mjs compare <answers.json> --reader <name> [--log docs/reviews/blind/<file>.json]
//       Reads [{ "id", "answer", "note"? }] (answer: "B"; ["A", "D"]; "C,A,B,D" for ordering;
//       "1-C,2-A,3-B" for matching) and prints each disagreement with the key; with --log it writes
//       the result of every question to the log.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../src/lib/random/mulberry32.ts';

const DIR = 'content/questions';
const [command, file, ...rest] = process.argv.slice(2);
const flag = (name) => {
  const index = rest.indexOf(name);
  return index === -1 ? undefined : rest[index + 1];
};
const letter = (index) => String.fromCharCode(65 + index);

function bank() {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) =>
      JSON.parse(readFileSync(join(DIR, name), 'utf8')).questions.map((q) => ({ ...q, page: name.slice(0, -5) })),
    );
}

/** A stable hash of the id, so a question's shuffle is the same in every export. */
function seedOf(id) {
  let hash = 2166136261;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

/** Indices 0..n-1 shuffled by the question's seed, never left in the original order when n > 1. */
function order(id, n) {
  const next = mulberry32(seedOf(id));
  const indices = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  if (n > 1 && indices.every((value, index) => value === index)) indices.push(indices.shift());
  return indices;
}

function responsesOf(q) {
  return [...q.pairs.map((pair) => pair.response), ...(q.distractors ?? []).map((d) => d.text)];
}

/** What the blind reader sees. */
function blind(q) {
  const shown = { id: q.id, type: q.type, stem: q.stem };
  if (q.type === 'single' || q.type === 'multiple') {
    shown.options = q.options.map((option, index) => `${letter(index)}. ${option.text}`);
    shown.answerFormat = q.type === 'single' ? 'one letter, e.g. "B"' : 'an array of letters, e.g. ["A", "D"]';
  } else if (q.type === 'ordering') {
    shown.steps = order(q.id, q.steps.length).map((index, position) => `${letter(position)}. ${q.steps[index].text}`);
    shown.answerFormat = 'the letters in the right order, e.g. "C,A,B,D"';
  } else {
    const responses = responsesOf(q);
    shown.prompts = q.pairs.map((pair, index) => `${index + 1}. ${pair.prompt}`);
    shown.responses = order(q.id, responses.length).map(
      (index, position) => `${letter(position)}. ${responses[index]}`,
    );
    shown.answerFormat = 'prompt number to response letter, e.g. "1-C,2-A,3-B"';
  }
  return shown;
}

/** The key in the answer format of blind(q). */
function keyOf(q) {
  if (q.type === 'single') return letter(q.options.findIndex((option) => option.correct));
  if (q.type === 'multiple') return q.options.flatMap((option, index) => (option.correct ? [letter(index)] : []));
  if (q.type === 'ordering') {
    const shownAt = order(q.id, q.steps.length);
    return q.steps.map((_, stepIndex) => letter(shownAt.indexOf(stepIndex))).join(',');
  }
  const shownAt = order(q.id, responsesOf(q).length);
  return q.pairs.map((_, index) => `${index + 1}-${letter(shownAt.indexOf(index))}`).join(',');
}

const normalize = (answer) =>
  (Array.isArray(answer) ? [...answer].sort().join(',') : String(answer))
    .toUpperCase()
    .replace(/\s+/g, '')
    .split(',')
    .sort((a, b) => (a.includes('-') ? a.localeCompare(b, 'en', { numeric: true }) : 0))
    .join(',');

if (command === 'export') {
  let questions = bank();
  const pages = flag('--pages')?.split(',');
  const ids = flag('--ids')?.split(',');
  const since = flag('--new-since');
  if (pages) questions = questions.filter((q) => pages.includes(q.page));
  if (ids) questions = questions.filter((q) => ids.includes(q.id));
  if (since) {
    const old = new Set(
      execFileSync('git', ['show', `${since}:${DIR}`], { encoding: 'utf8' })
        .split('\n')
        .filter((name) => name.endsWith('.json'))
        .flatMap((name) => {
          try {
            return JSON.parse(
              execFileSync('git', ['show', `${since}:${DIR}/${name}`], { encoding: 'utf8' }),
            ).questions.map((q) => q.id);
          } catch {
            return [];
          }
        }),
    );
    questions = questions.filter((q) => !old.has(q.id));
  }
  writeFileSync(file, `${JSON.stringify(questions.map(blind), null, 2)}\n`);
  console.log(`${questions.length} questions written to ${file}`);
} else if (command === 'compare') {
  const answers = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(bank().map((q) => [q.id, q]));
  const results = answers.map(({ id, answer, note }) => {
    const q = byId.get(id);
    if (!q) return { id, result: 'unknown id' };
    const key = keyOf(q);
    const agreed = normalize(answer) === normalize(key);
    return {
      id,
      page: q.page,
      type: q.type,
      answer,
      key,
      result: agreed ? 'agreed' : 'disagreed',
      ...(note ? { note } : {}),
    };
  });
  const disagreed = results.filter((r) => r.result !== 'agreed');
  for (const r of disagreed)
    console.log(
      `${r.id} (${r.page}): reader ${JSON.stringify(r.answer)}, key ${JSON.stringify(r.key)}${r.note ? ` - ${r.note}` : ''}`,
    );
  console.log(`${results.length - disagreed.length} of ${results.length} agreed`);
  const log = flag('--log');
  if (log) {
    const reader = flag('--reader') ?? 'unnamed';
    writeFileSync(
      log,
      `${JSON.stringify({ reader, date: new Date().toISOString().slice(0, 10), results }, null, 2)}\n`,
    );
  }
} else {
  console.error('usage: blind-review.mjs export <out.json> [...] | compare <answers.json> [--log file]');
  process.exit(2);
}
