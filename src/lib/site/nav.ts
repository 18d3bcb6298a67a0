// Study-order navigation helpers, shared by the sidebar and the previous/next links.

export interface NavEntry {
  readonly slug: string;
  readonly title: string;
  readonly order: number;
}

/** Sorts topics by their study order (ties by title, so the order is stable). */
export function sortByStudyOrder<T extends NavEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/** The topics before and after `slug` in study order; undefined at either end. */
export function neighbors<T extends NavEntry>(
  entries: readonly T[],
  slug: string,
): { previous: T | undefined; next: T | undefined } {
  const sorted = sortByStudyOrder(entries);
  const index = sorted.findIndex((entry) => entry.slug === slug);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}
