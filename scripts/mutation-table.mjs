// Writes the survivors table of one folder for docs/mutation.md from Stryker's JSON report, with the
// reason each survives taken from a map kept next to the doc, so that a re-run regenerates the table
// with the right line numbers instead of a hand-edited copy.
//
//   node scripts/mutation-table.mjs <folder> [report] [reasons]
//   node scripts/mutation-table.mjs metrics reports/mutation/mutation.json docs/mutation/metrics-reasons.json
//
// The reasons file maps "file:line:Mutator" (or "file:line:Mutator:replacement" where one line has mutants
// of one mutator with different reasons, or "file:line" for every mutant of a line) to a reason;
// file is relative to src/lib ("metrics/roc.ts"). A reason starts with its kind, "equivalent:",
// "cosmetic:" or "MISSING TEST:". A survivor without a reason is printed as "not triaged yet", and the
// script lists on stderr the keys it did not find, so a stale map shows up at once.
import { readFileSync } from 'node:fs';

const [folder, reportPath = 'reports/mutation/mutation.json', reasonsPath] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/mutation-table.mjs <folder> [report.json] [reasons.json]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const reasons = reasonsPath ? JSON.parse(readFileSync(reasonsPath, 'utf8')) : {};
const used = new Set();

const SURVIVING = { Survived: 'survived', NoCoverage: 'no test runs it' };
const clip = (text, max = 45) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};
const cell = (text) => text.replaceAll('|', '\\|');
// Code in a table cell, fenced with one backtick more than the longest run inside (template literals).
function code(text) {
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  return fence.length > 1 ? `${fence} ${cell(text)} ${fence}` : `${fence}${cell(text)}${fence}`;
}

/** The source text a mutant replaces, from the report's copy of the file (1-based lines and columns). */
function original(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  const first = lines[start.line - 1].slice(start.column - 1);
  const last = lines[end.line - 1].slice(0, end.column - 1);
  return [first, ...lines.slice(start.line, end.line - 1), last].join('\n');
}

const rows = [];
const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, other: 0 };
const kinds = {};
for (const [path, file] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const rel = path.replace(/^.*src\/lib\//, '');
  if (!rel.startsWith(`${folder}/`)) continue;
  for (const m of file.mutants) {
    counts[m.status in counts ? m.status : 'other']++;
    if (!(m.status in SURVIVING)) continue;
    const line = m.location.start.line;
    // The most specific key first: one line can hold mutants of one mutator with different reasons.
    const keys = [
      `${rel}:${line}:${m.mutatorName}:${m.replacement ?? ''}`,
      `${rel}:${line}:${m.mutatorName}`,
      `${rel}:${line}`,
    ];
    const found = keys.find((key) => key in reasons);
    const reason = found === undefined ? undefined : reasons[found];
    if (found !== undefined) used.add(found);
    const kind = reason ? reason.split(':')[0] : 'not triaged yet';
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    rows.push({
      sort: [rel, line, m.location.start.column],
      text: `| \`${rel}:${line}\` | ${m.mutatorName}, ${SURVIVING[m.status]} | ${code(clip(original(file.source, m.location)))} → ${code(clip(m.replacement ?? ''))} | ${cell(reason ?? 'not triaged yet')} |`,
    });
  }
}
rows.sort((a, b) => a.sort[0].localeCompare(b.sort[0]) || a.sort[1] - b.sort[1] || a.sort[2] - b.sort[2]);

const ran = counts.Killed + counts.Timeout + counts.Survived + counts.NoCoverage;
const score = ran === 0 ? 0 : (100 * (counts.Killed + counts.Timeout)) / ran;
console.log(
  `<!-- ${folder}: ${ran} mutants run (${counts.Ignored} static left out), ${counts.Killed} killed, ` +
    `${counts.Timeout} timed out, ${counts.Survived} survived, ${counts.NoCoverage} not run by any test: ` +
    `score ${score.toFixed(2)} %; survivors by kind: ${JSON.stringify(kinds)} -->`,
);
console.log('| where | mutant | change | why it survives |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(row.text);
const stale = Object.keys(reasons).filter((k) => !used.has(k) && !k.startsWith('//'));
if (stale.length > 0) console.error(`reasons not used by any survivor (stale line numbers?):\n  ${stale.join('\n  ')}`);
