// The behavior every calculator shares, as a base class for its custom element: read the fields, ask
// the calculator's pure view function what to show, show it (messages at the fields, outputs, charts),
// keep the inputs in the page address, and copy a link. Subclasses only name their view function.
// Ships to the browser.
import { readState, writeState } from '../../lib/calculators/url-state.ts';
import type { CalculatorView, FieldValues } from '../../lib/calculators/view.ts';
import { toDom } from './dom.ts';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const UPDATE_DELAY_MS = 150;

export abstract class CalculatorElement extends HTMLElement {
  /** Turns the field texts into what to show. Pure, shared with the server render. */
  protected abstract view(values: FieldValues): CalculatorView;

  #timer: ReturnType<typeof setTimeout> | undefined;

  private get form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  private get statePrefix(): string {
    return this.dataset['prefix'] ?? this.localName;
  }

  // Only what the reader types: form.elements also lists <output> and <button>, whose text must not
  // end up in the address or be fed back to the view as input.
  private fields(): Field[] {
    return [...(this.form?.elements ?? [])].filter(
      (element): element is Field =>
        (element instanceof HTMLInputElement ||
          element instanceof HTMLTextAreaElement ||
          element instanceof HTMLSelectElement) &&
        Boolean(element.name),
    );
  }

  connectedCallback(): void {
    const form = this.form;
    if (!form) return;
    const restored = readState(
      window.location.search,
      this.statePrefix,
      this.fields().map((field) => field.name),
    );
    for (const field of this.fields()) {
      const value = restored[field.name];
      if (value === undefined) continue;
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === 'on';
      else field.value = value;
    }
    form.addEventListener('submit', (event) => event.preventDefault());
    const schedule = () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.update(true), UPDATE_DELAY_MS);
    };
    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
    this.querySelector<HTMLButtonElement>('[data-copy-link]')?.addEventListener('click', () => void this.copyLink());
    if (Object.keys(restored).length > 0) this.update(false);
  }

  values(): FieldValues {
    const values: Record<string, string> = {};
    for (const field of this.fields()) {
      values[field.name] =
        field instanceof HTMLInputElement && field.type === 'checkbox' ? (field.checked ? 'on' : '') : field.value;
    }
    return values;
  }

  update(announce: boolean): void {
    const values = this.values();
    let view: CalculatorView;
    try {
      view = this.view(values);
    } catch {
      // A bug must not leave a broken page: say so in words and keep the form usable.
      view = {
        errors: {},
        outputs: {},
        regions: {},
        summary: 'This calculator could not compute a result for these inputs.',
      };
    }
    this.apply(view, announce);
    const url = `${window.location.pathname}${writeState(window.location.search, this.statePrefix, values)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }

  private apply(view: CalculatorView, announce: boolean): void {
    for (const field of this.fields()) {
      const message = view.errors[field.name];
      const error = this.querySelector<HTMLElement>(`[data-error-for="${field.name}"]`);
      if (message) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
      if (error) {
        error.textContent = message ?? '';
        error.hidden = !message;
      }
    }
    this.querySelectorAll('output[name]').forEach((output) => {
      output.textContent = view.outputs[output.getAttribute('name') ?? ''] ?? '—';
    });
    this.querySelectorAll<HTMLElement>('[data-view]').forEach((region) => {
      const node = view.regions[region.dataset['view'] ?? ''];
      region.replaceChildren(...(node === undefined || node === '' ? [] : [toDom(node)]));
    });
    const summary = this.querySelector('[data-summary]');
    if (summary && announce) summary.textContent = view.summary;
  }

  private async copyLink(): Promise<void> {
    const status = this.querySelector('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(window.location.href);
      if (status) status.textContent = 'Link copied.';
    } catch {
      if (status) status.textContent = `Copy this link: ${window.location.href}`;
    }
  }
}
