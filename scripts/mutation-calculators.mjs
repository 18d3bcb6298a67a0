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
const FILTERED =
  'The pieces are filtered with `filter(Boolean)`: splitting on single separators only adds empty strings, which the filter drops.';
const STYLE_ONLY = (where) =>
  `a class that only styles the element (${where}); no behavior a unit test can state, only a look at the page.`;
const TABLE_STYLE = STYLE_ONLY('the site’s table style, `.calculator__table` in global.css');
const UNUSED_CLASS = (name) =>
  `\`${name}\` is a class no stylesheet or script refers to: removing it changes nothing (it could be dropped from the source).`;

// ---- format.ts ----
reason(
  EQUIVALENT,
  'Only ±Infinity reach this line (NaN and null are returned above): `> 0` and `>= 0` agree.',
  'format.ts:28:EqualityOperator',
);
reason(
  EQUIVALENT,
  '`toExponential` always gives a mantissa and an exponent, so the split has two parts and these defaults are never used.',
  'format.ts:31:StringLiteral',
);
reason(
  EQUIVALENT,
  'The exponent’s minus is already the superscript ⁻, so the only `-` left is the leading sign.',
  'format.ts:33:Regex',
  'format.ts:36:Regex',
);
reason(
  EQUIVALENT,
  '`toFixed` cannot give "-0" here: −0 itself prints "0", and a value small enough to round to 0 (below 10^−decimals) takes the scientific branch above. A defensive check.',
  'format.ts:36:ConditionalExpression',
  'format.ts:36:StringLiteral',
);
reason(
  EQUIVALENT,
  '`Number.isFinite(null)` and `Number.isFinite(undefined)` are false, so `!Number.isFinite(value)` alone sends null and undefined to formatNumber; the explicit checks are there for TypeScript’s narrowing.',
  'format.ts:41:ConditionalExpression',
  'format.ts:41:LogicalOperator',
);

// ---- parse.ts ----
reason(
  EQUIVALENT,
  'Without the rule, the comparison that follows is with undefined (`value < undefined`, `<=`, `>`), which is false: the rule still never fails.',
  'parse.ts:32:ConditionalExpression',
  'parse.ts:33:ConditionalExpression',
  'parse.ts:34:ConditionalExpression',
);
reason(EQUIVALENT, FILTERED, 'parse.ts:61:Regex');

// ---- confusion.ts ----
reason(COSMETIC, TABLE_STYLE, 'confusion.ts:96:ObjectLiteral', 'confusion.ts:96:StringLiteral');
reason(
  EQUIVALENT,
  'A missing or unknown convention falls back to "warn" through the `?? \'warn\'` right after: "" is not a known convention either.',
  'confusion.ts:146:StringLiteral',
);
reason(
  EQUIVALENT,
  "A matrix error is already in `errors`, so the first condition returns first; `'message' in matrix` (and `!beta.ok`) are there for TypeScript’s narrowing.",
  'confusion.ts:147:StringLiteral',
);

// ---- bleu.ts ----
reason(EQUIVALENT, FILTERED, 'bleu.ts:40:Regex');
reason(
  EQUIVALENT,
  'When the list keeps its initial value an error has been recorded, and the model returns before using it.',
  'bleu.ts:50:ArrayDeclaration',
  'bleu.ts:64:ArrayDeclaration',
);
reason(
  COSMETIC,
  STYLE_ONLY('`.bleu-note` in BleuCalculator.astro'),
  'bleu.ts:130:ObjectLiteral',
  'bleu.ts:130:StringLiteral',
  'bleu.ts:136:ObjectLiteral',
  'bleu.ts:136:StringLiteral',
);

// ---- chart-roc.ts ----
reason(
  EQUIVALENT,
  '`power` is 10^⌊log₁₀ raw⌋, so 10 × power is always ≥ raw and `find` never falls back.',
  'chart-roc.ts:19:ArithmeticOperator',
);
reason(
  EQUIVALENT,
  'A tick exactly equal to max + step × 10⁻⁹ would need the tolerance itself to land on a multiple of the step: `<` and `<=` agree for every range a chart passes.',
  'chart-roc.ts:21:EqualityOperator',
);

// ---- data-split.ts ----
reason(
  EQUIVALENT,
  '`dataSplit` throws only MetricError for input that passed the field checks (percentages that do not add up to 100); any other error would be a bug and is rethrown, and no input provokes one.',
  'data-split.ts:60:ConditionalExpression',
);
reason(
  EQUIVALENT,
  '`count > share` is only reached when the share is not whole, so the count (a whole number) never equals it.',
  'data-split.ts:87:EqualityOperator',
);
reason(
  EQUIVALENT,
  '`<td></td>` either way: an empty string child renders nothing.',
  'data-split.ts:178:ArrayDeclaration',
);

// ---- rouge.ts ----
reason(
  COSMETIC,
  STYLE_ONLY('`.rouge-none`, the muted “no tokens” and “more tokens” notes, in RougeCalculator.astro'),
  'rouge.ts:145:ObjectLiteral',
  'rouge.ts:145:StringLiteral',
  'rouge.ts:161:ObjectLiteral',
  'rouge.ts:161:StringLiteral',
);
reason(
  COSMETIC,
  STYLE_ONLY('`.rouge-display`, a grid gap, in RougeCalculator.astro'),
  'rouge.ts:193:ObjectLiteral',
  'rouge.ts:193:StringLiteral',
);

// ---- token-cost.ts ----
reason(
  EQUIVALENT,
  'At exactly 10⁻⁶, `formatNumber(1e-6, 6)` gives "0.000001", the same as `toLocaleString` with 6 decimals.',
  'token-cost.ts:57:EqualityOperator',
);
reason(COSMETIC, STYLE_ONLY('`.cost-chart` in TokenCostCalculator.astro'), 'token-cost.ts:139:StringLiteral');
reason(COSMETIC, UNUSED_CLASS('cost-data'), 'token-cost.ts:170:ObjectLiteral', 'token-cost.ts:170:StringLiteral');
reason(COSMETIC, TABLE_STYLE, 'token-cost.ts:172:ObjectLiteral', 'token-cost.ts:172:StringLiteral');

// Chart layout: a text offset or anchor, an axis title's rotation. Only the picture shows them; the chart
// tests pin what a reader relies on (marks proportional, on one baseline, labels beside their marks).
const LAYOUT =
  'an SVG text offset, anchor or transform: it moves a label a few units or changes its alignment, which only a look at the chart can judge; the chart tests pin the geometry a reader relies on instead.';

// ---- bias-meanings.ts, bias.ts ----
reason(
  EQUIVALENT,
  'Every caller returns first for a difference of 0 (`=== 0` checks just above each call), so `ahead(0)` never runs.',
  'bias-meanings.ts:31:EqualityOperator',
);
reason(
  EQUIVALENT,
  'DPL is undefined only when a group has no members, and then DPPL is undefined too, so this function (called for a non-zero DPPL) never sees DPL null.',
  'bias-meanings.ts:67:ConditionalExpression',
);
reason(
  EQUIVALENT,
  'Equal gaps return on the line before, so `shown` and `before` differ here.',
  'bias-meanings.ts:72:EqualityOperator',
);
reason(EQUIVALENT, 'DI = 1 returns on the line before.', 'bias-meanings.ts:89:EqualityOperator');
reason(
  EQUIVALENT,
  'The fallback group is only built for the undefined-case text of a formula whose value is defined, which is then not shown; when the value is undefined, a group has a zero denominator and `groups[0]` exists.',
  'bias.ts:98:StringLiteral',
);

// ---- perplexity.ts ----
reason(EQUIVALENT, FILTERED, 'perplexity.ts:70:Regex');
reason(
  EQUIVALENT,
  'The library names an index in every problem except an empty list, and an empty list is refused earlier ("Enter at least one number"): the fallback is unreachable.',
  'perplexity.ts:89:OptionalChaining',
  'perplexity.ts:90:ConditionalExpression',
  'perplexity.ts:90:StringLiteral',
);
reason(
  COSMETIC,
  STYLE_ONLY('`.ppl-note` in PerplexityCalculator.astro'),
  'perplexity.ts:166:ObjectLiteral',
  'perplexity.ts:166:StringLiteral',
  'perplexity.ts:170:ObjectLiteral',
  'perplexity.ts:170:StringLiteral',
);
reason(
  EQUIVALENT,
  '`power` is 10^⌊log₁₀ raw⌋, so 10 × power is always ≥ raw and `find` never falls back.',
  'perplexity.ts:190:ArithmeticOperator',
);
reason(
  EQUIVALENT,
  'The step is at least max / 4, so the loop reaches max after at most 5 ticks: the guard of 12 is never the one that stops it.',
  'perplexity.ts:192:EqualityOperator',
);
reason(
  COSMETIC,
  LAYOUT,
  'perplexity.ts:228:ArithmeticOperator',
  'perplexity.ts:245:ArithmeticOperator',
  'perplexity.ts:245:StringLiteral',
  'perplexity.ts:259:ArithmeticOperator',
  'perplexity.ts:259:StringLiteral',
  'perplexity.ts:264:StringLiteral:""',
);
reason(
  EQUIVALENT,
  'The reference never exceeds the axis: the mean probability is at most 1, the top tick of the probability axis, and the surprisal axis is built to reach the cross-entropy.',
  'perplexity.ts:255:ConditionalExpression:true',
);
reason(COSMETIC, STYLE_ONLY('`.ppl-chart` in PerplexityCalculator.astro'), 'perplexity.ts:273:StringLiteral');
reason(
  EQUIVALENT,
  'The "as entered" header is only used for log-probabilities; for probabilities it is computed and dropped, so which text it holds there changes nothing.',
  'perplexity.ts:281:ConditionalExpression',
  'perplexity.ts:281:StringLiteral:""',
);
reason(
  COSMETIC,
  STYLE_ONLY('`.calculator__table` in global.css, `.ppl-table` in PerplexityCalculator.astro'),
  'perplexity.ts:294:ObjectLiteral',
  'perplexity.ts:294:StringLiteral',
);

// ---- regression.ts ----
reason(
  EQUIVALENT,
  'RMSE / MAE − 1 lands exactly on 10⁻⁹ only by a coincidence of rounding; no list typed by hand hits it, so `<` and `<=` agree in practice.',
  'regression.ts:124:EqualityOperator',
);
reason(COSMETIC, STYLE_ONLY('`.reg-chart` in RegressionCalculator.astro'), 'regression.ts:176:StringLiteral');
reason(
  COSMETIC,
  LAYOUT,
  'regression.ts:188:ArithmeticOperator',
  'regression.ts:189:ArithmeticOperator',
  'regression.ts:207:StringLiteral',
);
reason(COSMETIC, UNUSED_CLASS('reg-details'), 'regression.ts:233:ObjectLiteral', 'regression.ts:233:StringLiteral');
reason(
  COSMETIC,
  STYLE_ONLY('`.calculator__scroll` (a horizontal scroll on narrow screens) and `.calculator__table` in global.css'),
  'regression.ts:239:ObjectLiteral',
  'regression.ts:239:StringLiteral',
  'regression.ts:240:ObjectLiteral',
  'regression.ts:240:StringLiteral',
);

// ---- roc.ts ----
reason(
  EQUIVALENT,
  'Text over the length limit also fails `parseNumberList` with the same "too long" message, which is returned on the next line.',
  'roc.ts:54:ConditionalExpression',
);
reason(
  EQUIVALENT,
  '`parseNumberList`’s messages that start with "Number" are the per-item ones; the others ("Enter at least…", "That is N numbers…") contain no "Number" followed by a digit anywhere, so the anchor and the `+` change nothing.',
  'roc.ts:56:Regex',
);
reason(EQUIVALENT, FILTERED, 'roc.ts:57:Regex');
reason(
  COSMETIC,
  'which side of the chosen point its label goes to when the point sits exactly at 60 % of the width; both sides are readable.',
  'roc.ts:158:EqualityOperator',
);
reason(COSMETIC, STYLE_ONLY('`.roc-chart` in RocCalculator.astro'), 'roc.ts:167:StringLiteral');
reason(COSMETIC, LAYOUT, 'roc.ts:180:ArithmeticOperator', 'roc.ts:182:StringLiteral', 'roc.ts:198:StringLiteral');
reason(
  COSMETIC,
  'whether the label goes below the chosen point when the point sits exactly 24 units below the top of the plot; both places are readable.',
  'roc.ts:207:EqualityOperator',
);
reason(COSMETIC, UNUSED_CLASS('roc-details'), 'roc.ts:249:ObjectLiteral', 'roc.ts:249:StringLiteral');
reason(
  COSMETIC,
  STYLE_ONLY('`.calculator__table`, `.calculator__scroll` in global.css, `.roc-matrix` in RocCalculator.astro'),
  'roc.ts:224:ObjectLiteral',
  'roc.ts:224:StringLiteral',
  'roc.ts:251:ObjectLiteral',
  'roc.ts:251:StringLiteral',
  'roc.ts:252:ObjectLiteral',
  'roc.ts:252:StringLiteral',
);
reason(
  EQUIVALENT,
  'Without a labels error the fallback text is tested against /one class/, which "Stryker was here!" does not match either.',
  'roc.ts:286:StringLiteral',
);
reason(
  EQUIVALENT,
  'Labels of one class are refused before the curve is drawn, so there is always an actual positive and recall is never undefined here.',
  'roc.ts:305:StringLiteral',
);

// ---- sampling.ts ----
reason(
  EQUIVALENT,
  'The first group `(.+?)` can start anywhere, so if a match exists at all, one starts at the beginning of the (trimmed) line: the anchor changes nothing.',
  'sampling.ts:85:Regex',
);
reason(
  EQUIVALENT,
  'The line is trimmed, and the lazy token group stops before the first run of separators, which the greedy `[\\s:=,;]+` takes whole: the token never ends in a space.',
  'sampling.ts:90:MethodExpression',
);
reason(
  EQUIVALENT,
  'Typed probabilities do not add up to exactly 1 ± 10⁻⁹ in binary floating point (0.999999999 gives 1 − 9.99999972 × 10⁻¹⁰): `<` and `<=` agree in practice.',
  'sampling.ts:190:EqualityOperator',
);
reason(COSMETIC, LAYOUT, 'sampling.ts:253:ArithmeticOperator', 'sampling.ts:254:ArithmeticOperator');
reason(COSMETIC, STYLE_ONLY('`.smp-chart` in SamplingCalculator.astro'), 'sampling.ts:276:StringLiteral');
reason(
  COSMETIC,
  STYLE_ONLY('`.calculator__table` in global.css, `.smp-table`'),
  'sampling.ts:292:ObjectLiteral',
  'sampling.ts:292:StringLiteral',
);

// A missing field is read as ''; the mutant reads it as "Stryker was here!", which is not a number either.
reason(
  EQUIVALENT,
  'A missing field falls back to text that is not a number; "Stryker was here!" is not a number either, so the result (no slider range, the default seed, no slider position) is the same.',
  'roc.ts:136:StringLiteral',
  'sampling.ts:162:StringLiteral',
  'sampling.ts:169:StringLiteral',
);

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
    survivors.push({
      name,
      line: start.line,
      column: start.column,
      mutator: mutant.mutatorName,
      status: mutant.status,
      original,
      replacement: mutant.replacement ?? '',
    });
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
  const why =
    kind === EQUIVALENT
      ? `**equivalent**: ${text}`
      : kind === COSMETIC
        ? `**cosmetic**: ${text}`
        : kind === MISSING
          ? `**MISSING TEST**: ${text}`
          : '**MISSING TRIAGE**';
  const status = s.status === 'Survived' ? 'survived' : 'no test runs it';
  return `| \`calculators/${s.name}:${s.line}\` | ${s.mutator}, ${status} | ${code(s.original)} → ${code(s.replacement)} | ${cell(why)} |`;
});

const parts = [`${counts[EQUIVALENT]} equivalent`, `${counts[COSMETIC]} cosmetic`, `${counts[MISSING]} missing tests`];
if (counts['MISSING TRIAGE'] > 0) parts.push(`${counts['MISSING TRIAGE']} NOT TRIAGED`);
console.log(`### calculators: ${survivors.length} survivors (${parts.join(', ')})\n`);
console.log(
  [
    'Written by `node scripts/mutation-calculators.mjs` from the JSON report of a calculators run; the reasons',
    'live in that script, keyed by file, line and mutator, so a re-run regenerates this table with the right line',
    'numbers (a survivor without a reason shows as MISSING TRIAGE). **Equivalent**: no input can tell the mutant',
    'apart (an unreachable defensive branch, a fallback that gives the same result, a boundary no typed input',
    'reaches). **Cosmetic**: a class that only styles an element, or an SVG text offset or anchor that only a look',
    'at the chart can judge; this is not "equivalent", a person would see some of them. Three classes are referred',
    'to by nothing at all (`cost-data`, `reg-details`, `roc-details`).\n',
  ].join('\n'),
);
console.log('| where | mutant | change | why it survives |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(row);

// Reasons no survivor uses any more (a mutant now killed, or a line that moved): to prune or re-key.
const unused = Object.keys(REASONS).filter((key) => !used.has(key));
if (unused.length > 0) console.error(`Reasons no survivor uses: ${unused.join(', ')}`);
