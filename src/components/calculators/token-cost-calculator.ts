// <aip-token-cost-calculator>: the on-demand vs batch token-cost calculator. Ships to the browser.
import { costView } from '../../lib/calculators/token-cost.ts';
import type { FieldValues } from '../../lib/calculators/view.ts';
import { CalculatorElement } from './calculator-element.ts';

class TokenCostCalculator extends CalculatorElement {
  protected view(values: FieldValues) {
    return costView(values);
  }
}

customElements.define('aip-token-cost-calculator', TokenCostCalculator);
