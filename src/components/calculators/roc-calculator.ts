// <aip-roc-calculator>: the threshold and ROC explorer. Ships to the browser.
// Besides the view, it keeps the threshold slider's range (one step per distinct score) and its
// spoken value ("threshold 0.6") in step with the scores the reader typed.
import { rocDistinctScores, rocSlider, rocView } from '../../lib/calculators/roc.ts';
import { readState } from '../../lib/calculators/url-state.ts';
import type { FieldValues } from '../../lib/calculators/view.ts';
import { CalculatorElement } from './calculator-element.ts';

class RocCalculator extends CalculatorElement {
  protected view(values: FieldValues) {
    return rocView(values);
  }

  override connectedCallback(): void {
    // Widen the slider for the linked scores first, so the browser does not clamp the linked position.
    const range = this.range();
    const linked = readState(window.location.search, this.dataset['prefix'] ?? '', ['scores'])['scores'];
    const max = linked === undefined ? null : rocDistinctScores(linked);
    if (range && max !== null) range.max = String(max);
    super.connectedCallback();
    // Widen the slider as soon as the scores change, not after the debounced update, so a position
    // chosen right after typing more scores is not clamped to the old range.
    this.querySelector('form')?.addEventListener('input', (event) => {
      if (!range || event.target === range) return;
      const max = rocDistinctScores(this.values()['scores'] ?? '');
      if (max !== null) range.max = String(max);
    });
  }

  private range(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('input[type=range][name=position]');
  }

  private syncSlider(): void {
    const range = this.range();
    if (!range) return;
    const slider = rocSlider(this.values());
    if (slider.max !== null) range.max = String(slider.max);
    if (slider.valueText === null) range.removeAttribute('aria-valuetext');
    else range.setAttribute('aria-valuetext', slider.valueText);
  }

  override update(announce: boolean): void {
    this.syncSlider();
    super.update(announce);
  }
}

customElements.define('aip-roc-calculator', RocCalculator);
