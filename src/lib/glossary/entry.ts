// The fields of a glossary entry that code outside the content collection reads (src/schemas/glossary.ts
// has the whole entry): the flashcard deck, the search records and the glossary's page rules share them.

export interface GlossaryEntryFields {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  readonly definition: string;
  /** Slug of the topic page that explains the term, and the section's id there. */
  readonly page: string;
  readonly anchor?: string | undefined;
}
