// <aip-data-split-calculator>: the training / validation / test split calculator. Ships to the browser.
import { splitView } from '../../lib/calculators/data-split.ts';
import type { FieldValues } from '../../lib/calculators/view.ts';
import { CalculatorElement } from './calculator-element.ts';

class DataSplitCalculator extends CalculatorElement {
  protected view(values: FieldValues) {
    return splitView(values);
  }
}

customElements.define('aip-data-split-calculator', DataSplitCalculator);
