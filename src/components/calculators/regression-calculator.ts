// <aip-regression-calculator>: the regression-errors calculator. Ships to the browser.
import { regressionView } from '../../lib/calculators/regression.ts';
import type { FieldValues } from '../../lib/calculators/view.ts';
import { CalculatorElement } from './calculator-element.ts';

class RegressionCalculator extends CalculatorElement {
  protected view(values: FieldValues) {
    return regressionView(values);
  }
}

customElements.define('aip-regression-calculator', RegressionCalculator);
