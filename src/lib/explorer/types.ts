// The explorer's data as the pure logic sees it: the shape of content/explorer/services.json once
// src/schemas/explorer.ts has checked it (ids resolve, no duplicates). Ships to the browser.

/** Something a learner has (an input) or wants (a goal). */
export interface Choice {
  readonly id: string;
  readonly label: string;
  /** The closest other choices of the same kind, most similar first. */
  readonly related: readonly string[];
}

export interface ExplorerService {
  readonly id: string;
  readonly name: string;
  /** Slug of the topic page that teaches it. */
  readonly page: string;
  /** Id of its section on that page. */
  readonly anchor: string;
  /** Set when the service is no longer fully open, e.g. "closed to new customers since July 30, 2026". */
  readonly status?: string | undefined;
  readonly statusSource?: string | undefined;
}

/** A fitting answer: one service, or services used one after the other. */
export interface Fit {
  readonly services: readonly string[];
  readonly why: string;
}

export interface NearMiss {
  readonly service: string;
  readonly why: string;
}

export interface Combination {
  readonly have: string;
  readonly want: string;
  readonly fits: readonly Fit[];
  readonly nearMisses: readonly NearMiss[];
}

export interface ExplorerData {
  /** ISO date of the last check against the page and AWS. */
  readonly checked: string;
  readonly inputs: readonly Choice[];
  readonly goals: readonly Choice[];
  readonly services: readonly ExplorerService[];
  /** Only the combinations with something to say; the others have no fitting service. */
  readonly combinations: readonly Combination[];
}
