// <aip-bias-calculator>: the subgroup bias calculator (SageMaker Clarify's measures for two groups).
// Ships to the browser; its only imports are the shared element and the pure view.
import { biasView } from '../../lib/calculators/bias.ts';
import type { FieldValues } from '../../lib/calculators/view.ts';
import { CalculatorElement } from './calculator-element.ts';

class BiasCalculator extends CalculatorElement {
  protected view(values: FieldValues) {
    return biasView(values);
  }
}

customElements.define('aip-bias-calculator', BiasCalculator);
