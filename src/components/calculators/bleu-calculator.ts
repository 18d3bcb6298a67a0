// <aip-bleu-calculator>: the BLEU calculator. Ships to the browser.
import { bleuView } from '../../lib/calculators/bleu.ts';
import type { FieldValues } from '../../lib/calculators/view.ts';
import { CalculatorElement } from './calculator-element.ts';

class BleuCalculator extends CalculatorElement {
  protected view(values: FieldValues) {
    return bleuView(values);
  }
}

customElements.define('aip-bleu-calculator', BleuCalculator);
