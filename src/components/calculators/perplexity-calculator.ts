// <aip-perplexity-calculator>: the perplexity calculator. Ships to the browser.
import { pplView } from '../../lib/calculators/perplexity.ts';
import type { FieldValues } from '../../lib/calculators/view.ts';
import { CalculatorElement } from './calculator-element.ts';

class PerplexityCalculator extends CalculatorElement {
  protected view(values: FieldValues) {
    return pplView(values);
  }
}

customElements.define('aip-perplexity-calculator', PerplexityCalculator);
