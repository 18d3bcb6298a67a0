// <aip-sampling-calculator>: the sampling explorer. Ships to the browser.
// Besides the view, it keeps the temperature slider and the temperature field in step, and handles
// the "Sample a token" button (the next seed comes from the pure view module).
import { nextSeed, samplingView, temperatureSlider } from '../../lib/calculators/sampling.ts';
import type { FieldValues } from '../../lib/calculators/view.ts';
import { CalculatorElement } from './calculator-element.ts';

class SamplingCalculator extends CalculatorElement {
  protected view(values: FieldValues) {
    return samplingView(values);
  }

  private field(name: string): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const range = this.querySelector<HTMLInputElement>('input[type=range]');
    const temperature = this.field('temperature');
    // The slider has no name (it is not state of its own): it writes into the temperature field, and
    // the form's input listener recomputes.
    range?.addEventListener('input', () => {
      if (temperature) temperature.value = range.value;
    });
    this.querySelector<HTMLButtonElement>('[data-sample]')?.addEventListener('click', () => {
      const seed = this.field('seed');
      if (!seed) return;
      seed.value = nextSeed(this.values());
      this.update(true);
    });
  }

  override update(announce: boolean): void {
    const range = this.querySelector<HTMLInputElement>('input[type=range]');
    const position = temperatureSlider(this.values());
    if (range && position !== null && range.value !== position) range.value = position;
    super.update(announce);
  }
}

customElements.define('aip-sampling-calculator', SamplingCalculator);
