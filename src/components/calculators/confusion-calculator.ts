// <aip-confusion-calculator>: the confusion-matrix calculator. Ships to the browser.
import { confusionView } from '../../lib/calculators/confusion.ts';
import type { FieldValues } from '../../lib/calculators/view.ts';
import { CalculatorElement } from './calculator-element.ts';

class ConfusionCalculator extends CalculatorElement {
  protected view(values: FieldValues) {
    return confusionView(values);
  }
}

customElements.define('aip-confusion-calculator', ConfusionCalculator);
