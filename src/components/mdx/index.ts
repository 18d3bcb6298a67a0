// The components MDX authors may use without importing them (passed to <Content components>).
import Callout from './Callout.astro';
import Correction from './Correction.astro';
import Formula from './Formula.astro';
import Term from './Term.astro';
import WorkedExample from './WorkedExample.astro';
import ConfusionCalculator from '../calculators/ConfusionCalculator.astro';

export const mdxComponents = { Callout, Correction, Formula, Term, WorkedExample, ConfusionCalculator };
