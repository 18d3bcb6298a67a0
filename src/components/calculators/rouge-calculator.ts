// <aip-rouge-calculator>: the ROUGE calculator. Ships to the browser.
import { rougeView } from '../../lib/calculators/rouge.ts';
import type { FieldValues } from '../../lib/calculators/view.ts';
import { CalculatorElement } from './calculator-element.ts';

class RougeCalculator extends CalculatorElement {
  protected view(values: FieldValues) {
    return rougeView(values);
  }
}

customElements.define('aip-rouge-calculator', RougeCalculator);
