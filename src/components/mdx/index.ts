// The components MDX authors may use without importing them (passed to <Content components>).
import Callout from './Callout.astro';
import Correction from './Correction.astro';
import Formula from './Formula.astro';
import Term from './Term.astro';
import WorkedExample from './WorkedExample.astro';

export const mdxComponents = { Callout, Correction, Formula, Term, WorkedExample };
