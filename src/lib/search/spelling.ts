// The site is written in American English, as AWS and the exam are. Pagefind has no typo tolerance and
// stems "labelled" and "labeled" differently, so a search typed in British spelling would miss the page
// that teaches it. This maps the British forms of the words the guide uses to the American ones before
// the query reaches Pagefind. Pure; ships to the browser with the search code.

/** British stem -> American stem; each also matches the suffixes below ("normalis" + "ed"). */
const ISE_STEMS = [
  'anonymis',
  'authoris',
  'categoris',
  'characteris',
  'customis',
  'generalis',
  'initialis',
  'maximis',
  'memoris',
  'minimis',
  'normalis',
  'optimis',
  'organis',
  'personalis',
  'prioritis',
  'recognis',
  'regularis',
  'specialis',
  'standardis',
  'summaris',
  'synchronis',
  'tokenis',
  'utilis',
  'visualis',
  'vectoris',
];
const ISE_SUFFIXES = ['e', 'es', 'ed', 'ing', 'er', 'ers', 'ation', 'ations'];
const OUR_STEMS = ['behaviour', 'colour', 'favour', 'flavour', 'honour', 'labour', 'neighbour', 'rumour'];
const OUR_SUFFIXES = ['', 's', 'ed', 'ing', 'al', 'able', 'ite', 'ites', 'hood'];
const WORDS: Record<string, string> = {
  labelled: 'labeled',
  labelling: 'labeling',
  unlabelled: 'unlabeled',
  modelling: 'modeling',
  modelled: 'modeled',
  cancelled: 'canceled',
  travelled: 'traveled',
  analyse: 'analyze',
  analysed: 'analyzed',
  analysing: 'analyzing',
  catalogue: 'catalog',
  catalogues: 'catalogs',
  cataloguing: 'cataloging',
  centre: 'center',
  centres: 'centers',
  defence: 'defense',
  licence: 'license',
  judgement: 'judgment',
  judgements: 'judgments',
  programme: 'program',
  programmes: 'programs',
  practise: 'practice',
  fulfil: 'fulfill',
  enrol: 'enroll',
};

const MAP = new Map<string, string>(Object.entries(WORDS));
for (const stem of ISE_STEMS)
  for (const suffix of ISE_SUFFIXES) MAP.set(`${stem}${suffix}`, `${stem.slice(0, -1)}z${suffix}`);
for (const stem of OUR_STEMS)
  for (const suffix of OUR_SUFFIXES) MAP.set(`${stem}${suffix}`, `${stem.slice(0, -2)}r${suffix}`);

/** The query with British spellings of known words made American: "labelled data" -> "labeled data". */
export function americanSpelling(query: string): string {
  return query.replace(/\p{L}+/gu, (word) => {
    const american = MAP.get(word.toLowerCase());
    if (!american) return word;
    return word[0] === word[0]?.toUpperCase() ? `${american[0]?.toUpperCase()}${american.slice(1)}` : american;
  });
}
