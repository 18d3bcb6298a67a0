// Writes the table of src/lib/calculators' surviving mutants for docs/mutation.md from Stryker's JSON
// report, with the reason each one survives. Run after a calculators run:
//   npx stryker run --mutate 'src/lib/calculators/**/*.ts' --incrementalFile reports/mutation/calculators.json
//   node scripts/mutation-calculators.mjs [reports/mutation/mutation.json]
// It prints the section (heading, counts, table) to paste over docs/mutation.md's "calculators" section.
// The reasons are kept here, keyed by "file:line:mutator" (or "file:line:mutator:replacement" where one
// line has mutants with different reasons), so a re-run regenerates the table with the right line numbers;
// a survivor with no reason is printed as "MISSING TRIAGE" so nothing new goes unseen.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'));

// Kinds, counted in the heading: an equivalent mutant cannot be told apart by any test; a cosmetic one
// changes a class name or an SVG offset that only a look at the page could judge; a missing test is a real
// gap not yet closed.
const EQUIVALENT = 'equivalent';
const COSMETIC = 'cosmetic';
const MISSING = 'MISSING TEST';

/** @type {Record<string, [string, string]>} */
const REASONS = {};

const reason = (kind, text, ...keys) => {
  for (const key of keys) REASONS[key] = [kind, text];
};

// Reasons shared by many rows.
const FILTERED = 'The pieces are filtered with `filter(Boolean)`: splitting on single separators only adds empty strings, which the filter drops.';
const STYLE_ONLY = (where) => `a class that only styles the element (${where}); no behavior a unit test can state, only a look at the page.`;
const TABLE_STYLE = STYLE_ONLY('the site’s table style, `.calculator__table` in global.css');

// ---- format.ts ----
reason(EQUIVALENT, 'Only ±Infinity reach this line (NaN and null are returned above): `> 0` and `>= 0` agree.', 'format.ts:28:EqualityOperator');
reason(EQUIVALENT, '`toExponential` always gives a mantissa and an exponent, so the split has two parts and these defaults are never used.', 'format.ts:31:StringLiteral');
reason(EQUIVALENT, 'The exponent’s minus is already the superscript ⁻, so the only `-` left is the leading sign.', 'format.ts:33:Regex', 'format.ts:36:Regex');
reason(EQUIVALENT, '`toFixed` cannot give "-0" here: −0 itself prints "0", and a value small enough to round to 0 (below 10^−decimals) takes the scientific branch above. A defensive check.', 'format.ts:36:ConditionalExpression', 'format.ts:36:StringLiteral');
reason(EQUIVALENT, '`Number.isFinite(null)` and `Number.isFinite(undefined)` are false, so `!Number.isFinite(value)` alone sends null and undefined to formatNumber; the explicit checks are there for TypeScript’s narrowing.', 'format.ts:41:ConditionalExpression', 'format.ts:41:LogicalOperator');

// ---- parse.ts ----
reason(EQUIVALENT, 'Without the rule, the comparison that follows is with undefined (`value < undefined`, `<=`, `>`), which is false: the rule still never fails.', 'parse.ts:32:ConditionalExpression', 'parse.ts:33:ConditionalExpression', 'parse.ts:34:ConditionalExpression');
reason(EQUIVALENT, FILTERED, 'parse.ts:61:Regex');

// ---- confusion.ts ----
reason(COSMETIC, TABLE_STYLE, 'confusion.ts:96:ObjectLiteral', 'confusion.ts:96:StringLiteral');
reason(EQUIVALENT, 'A missing or unknown convention falls back to "warn" through the `?? \'warn\'` right after: "" is not a known convention either.', 'confusion.ts:146:StringLiteral');
reason(EQUIVALENT, 'A matrix error is already in `errors`, so the first condition returns first; `\'message\' in matrix` (and `!beta.ok`) are there for TypeScript’s narrowing.', 'confusion.ts:147:StringLiteral', 'confusion.ts:147:ConditionalExpression:false');

// ---- bleu.ts ----
reason(EQUIVALENT, FILTERED, 'bleu.ts:40:Regex');
reason(EQUIVALENT, 'When the list keeps its initial value an error has been recorded, and the model returns before using it.', 'bleu.ts:50:ArrayDeclaration', 'bleu.ts:64:ArrayDeclaration');
reason(COSMETIC, STYLE_ONLY('`.bleu-note` in BleuCalculator.astro'), 'bleu.ts:130:ObjectLiteral', 'bleu.ts:130:StringLiteral', 'bleu.ts:136:ObjectLiteral', 'bleu.ts:136:StringLiteral', 'bleu.ts:140:ObjectLiteral', 'bleu.ts:140:StringLiteral');

// ---- chart-roc.ts ----
reason(EQUIVALENT, '`power` is 10^⌊log₁₀ raw⌋, so 10 × power is always ≥ raw and `find` never falls back.', 'chart-roc.ts:19:ArithmeticOperator');
reason(EQUIVALENT, 'A tick exactly equal to max + step × 10⁻⁹ would need the tolerance itself to land on a multiple of the step: `<` and `<=` agree for every range a chart passes.', 'chart-roc.ts:21:EqualityOperator');

// ---- data-split.ts ----
reason(EQUIVALENT, '`dataSplit` throws only MetricError for input that passed the field checks (percentages that do not add up to 100); any other error would be a bug and is rethrown, and no input provokes one.', 'data-split.ts:60:ConditionalExpression');
reason(EQUIVALENT, '`count > share` is only reached when the share is not whole, so the count (a whole number) never equals it.', 'data-split.ts:87:EqualityOperator');
reason(EQUIVALENT, '`<td></td>` either way: an empty string child renders nothing.', 'data-split.ts:178:ArrayDeclaration');
reason(COSMETIC, STYLE_ONLY('`.calculator__table` in global.css, `.split-table` in DataSplitCalculator.astro'), 'data-split.ts:162:ObjectLiteral', 'data-split.ts:162:StringLiteral');

// ---- rouge.ts ----
reason(COSMETIC, STYLE_ONLY('`.rouge-none`, the muted “no tokens” and “more tokens” notes, in RougeCalculator.astro'), 'rouge.ts:145:ObjectLiteral', 'rouge.ts:145:StringLiteral', 'rouge.ts:161:ObjectLiteral', 'rouge.ts:161:StringLiteral');
reason(COSMETIC, STYLE_ONLY('`.rouge-display`, a grid gap, in RougeCalculator.astro'), 'rouge.ts:178:ObjectLiteral', 'rouge.ts:178:StringLiteral', 'rouge.ts:193:ObjectLiteral', 'rouge.ts:193:StringLiteral');

// ---- token-cost.ts ----
reason(EQUIVALENT, 'At exactly 10⁻⁶, `formatNumber(1e-6, 6)` gives "0.000001", the same as `toLocaleString` with 6 decimals.', 'token-cost.ts:57:EqualityOperator');
reason(COSMETIC, STYLE_ONLY('`.cost-chart` in TokenCostCalculator.astro'), 'token-cost.ts:139:StringLiteral');
reason(COSMETIC, STYLE_ONLY('`.cost-data` in TokenCostCalculator.astro'), 'token-cost.ts:170:ObjectLiteral', 'token-cost.ts:170:StringLiteral');
reason(COSMETIC, TABLE_STYLE, 'token-cost.ts:172:ObjectLiteral', 'token-cost.ts:172:StringLiteral');

const survivors = [];
for (const [path, file] of Object.entries(report.files)) {
  if (!path.includes('src/lib/calculators/')) continue;
  const name = path.slice(path.indexOf('src/lib/calculators/') + 'src/lib/calculators/'.length);
  const lines = file.source.split('\n');
  for (const mutant of file.mutants) {
    if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
    const { start, end } = mutant.location;
    let original;
    if (start.line === end.line) original = lines[start.line - 1].slice(start.column - 1, end.column - 1);
    else
      original = [
        lines[start.line - 1].slice(start.column - 1),
        ...lines.slice(start.line, end.line - 1),
        lines[end.line - 1].slice(0, end.column - 1),
      ].join('\n');
    survivors.push({ name, line: start.line, column: start.column, mutator: mutant.mutatorName, status: mutant.status, original, replacement: mutant.replacement ?? '' });
  }
}
survivors.sort((a, b) => a.name.localeCompare(b.name) || a.line - b.line || a.column - b.column);

const short = (text) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 48 ? `${one.slice(0, 47)}…` : one;
};
const cell = (text) => text.replace(/\|/g, '\\|');
const code = (text) => '`' + cell(short(text)).replace(/`/g, "'") + '`';

const used = new Set();
const counts = { [EQUIVALENT]: 0, [COSMETIC]: 0, [MISSING]: 0, 'MISSING TRIAGE': 0 };
const rows = survivors.map((s) => {
  const key = [`${s.name}:${s.line}:${s.mutator}:${s.replacement}`, `${s.name}:${s.line}:${s.mutator}`].find(
    (k) => k in REASONS,
  );
  if (key) used.add(key);
  const [kind, text] = key ? REASONS[key] : ['MISSING TRIAGE', ''];
  counts[kind] += 1;
  const why = kind === EQUIVALENT ? `**equivalent**: ${text}` : kind === COSMETIC ? `**cosmetic**: ${text}` : kind === MISSING ? `**MISSING TEST**: ${text}` : '**MISSING TRIAGE**';
  const status = s.status === 'Survived' ? 'survived' : 'no test runs it';
  return `| \`calculators/${s.name}:${s.line}\` | ${s.mutator}, ${status} | ${code(s.original)} → ${code(s.replacement)} | ${cell(why)} |`;
});

const parts = [`${counts[EQUIVALENT]} equivalent`, `${counts[COSMETIC]} cosmetic`, `${counts[MISSING]} missing tests`];
if (counts['MISSING TRIAGE'] > 0) parts.push(`${counts['MISSING TRIAGE']} NOT TRIAGED`);
console.log(`### calculators: ${survivors.length} survivors (${parts.join(', ')})\n`);
console.log('| where | mutant | change | why it survives |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(row);

// Reasons no survivor uses any more (a mutant now killed, or a line that moved): to prune or re-key.
const unused = Object.keys(REASONS).filter((key) => !used.has(key));
if (unused.length > 0) console.error(`Reasons no survivor uses: ${unused.join(', ')}`);
