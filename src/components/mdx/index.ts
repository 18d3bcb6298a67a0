// The components MDX authors may use without importing them (passed to <Content components>).
import Callout from './Callout.astro';
import Correction from './Correction.astro';
import Formula from './Formula.astro';
import Objectives from './Objectives.astro';
import Term from './Term.astro';
import WorkedExample from './WorkedExample.astro';
import ServiceExplorer from '../explorer/ServiceExplorer.astro';

// Every src/components/calculators/*Calculator.astro is available by its file name, e.g. <RougeCalculator />.
const calculators = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: unknown }>('../calculators/*Calculator.astro', { eager: true })).map(
    ([path, module]) => [path.replace(/^.*\/(\w+)\.astro$/, '$1'), module.default],
  ),
);

export const mdxComponents = {
  Callout,
  Correction,
  Formula,
  Objectives,
  ServiceExplorer,
  Term,
  WorkedExample,
  ...calculators,
};
