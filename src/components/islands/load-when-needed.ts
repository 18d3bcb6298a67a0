// Loads an interactive element's code only when the reader is about to need it: when the element comes
// near the viewport, or at its first use (focus, a tap, typing, a click, a form submitted), whichever
// comes first. Until then the element shows its server-rendered state and costs no JavaScript.
// A use that happens before the code has arrived is not lost: a submitted form is submitted again, a
// pressed button pressed again, and typed input announced again (input/change), once the element is
// defined. Runs on every page, inside the page script: keep it small. How to use it: docs/ISLANDS.md.

/** Fetches the module that defines one custom element (its `customElements.define` call). */
export type IslandLoader = () => Promise<unknown>;

/** Start loading this far before the element scrolls into view, so it is ready when it arrives. */
const NEAR_VIEWPORT = '400px 0px';
const FIRST_USE = ['focusin', 'pointerdown', 'click', 'submit', 'input', 'change'] as const;

/** True when the address carries the element's state (a calculator link, ?cm.tp=40): show it at once. */
function stateInAddress(element: HTMLElement): boolean {
  const prefix = element.dataset['prefix'];
  if (!prefix) return false;
  return [...new URLSearchParams(window.location.search).keys()].some((key) => key.startsWith(`${prefix}.`));
}

/** What to do again once the element works; clicks and submits in order, one input/change per field. */
function replayOf(event: Event): (() => void) | undefined {
  const target = event.target;
  if (event.type === 'submit' && target instanceof HTMLFormElement) {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter;
    return () => target.requestSubmit(submitter instanceof HTMLButtonElement ? submitter : null);
  }
  // Only plain buttons: a submit button's click becomes a submit event (above), and links, checkboxes
  // and radio buttons do their own thing without code.
  const button = target instanceof Element ? target.closest('button[type="button"]') : null;
  if (event.type === 'click' && button instanceof HTMLButtonElement) return () => button.click();
  if ((event.type === 'input' || event.type === 'change') && target instanceof EventTarget) {
    return () => target.dispatchEvent(new Event(event.type, { bubbles: true }));
  }
  return undefined;
}

/**
 * Watches every element of the page whose tag is a key of `loaders` and loads its code when needed.
 * Each loader runs at most once per page (several calculators of one kind share one download).
 */
export function loadWhenNeeded(loaders: Readonly<Record<string, IslandLoader>>, root: ParentNode = document): void {
  const loading = new Map<string, Promise<unknown>>();
  const load = (tag: string): Promise<unknown> => {
    let promise = loading.get(tag);
    if (!promise) {
      promise = loaders[tag]!().then(() => customElements.whenDefined(tag));
      // A failed download (offline, a newer deploy) is tried again at the next use.
      promise.catch(() => loading.delete(tag));
      loading.set(tag, promise);
    }
    return promise;
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void load(entry.target.localName).catch(() => undefined);
      }
    },
    { rootMargin: NEAR_VIEWPORT },
  );

  for (const tag of Object.keys(loaders)) {
    for (const element of root.querySelectorAll<HTMLElement>(tag)) {
      const listening = new AbortController();
      let pending: { target: EventTarget | null; type: string; run: () => void }[] = [];
      const onUse = (event: Event) => {
        if (customElements.get(tag)) return listening.abort();
        const run = replayOf(event);
        if (run) {
          // A field typed into twice is announced once per kind of event (input, then change), in the
          // order of the last ones; every click and submit is kept.
          const field = event.type === 'input' || event.type === 'change';
          if (field) pending = pending.filter((p) => !(p.target === event.target && p.type === event.type));
          pending.push({ target: event.target, type: event.type, run });
        }
        load(tag).then(
          () => {
            listening.abort();
            const replays = pending;
            pending = [];
            replays.forEach((replay) => replay.run());
          },
          () => (pending = []),
        );
      };
      for (const type of FIRST_USE) element.addEventListener(type, onUse, { capture: true, signal: listening.signal });
      if (stateInAddress(element)) void load(tag).catch(() => undefined);
      else observer.observe(element);
    }
  }
}
