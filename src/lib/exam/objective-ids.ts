// Arithmetic on objective numbers ("1.2.5"), apart from the objectives' titles so that browser code that
// only needs a domain or task number does not download the whole list. Pure; ships to the browser.

/** "1.2.5" -> "1.2": the task statement an objective belongs to. */
export function taskOf(objectiveId: string): string {
  return objectiveId.split('.').slice(0, 2).join('.');
}

/** "1.2.5" -> 1: the domain an objective (or task statement) belongs to. */
export function domainOf(id: string): number {
  return Number(id.split('.')[0]);
}

/** Sorts objective numbers in blueprint order ("1.2.10" after "1.2.9"). */
export function sortObjectives(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
