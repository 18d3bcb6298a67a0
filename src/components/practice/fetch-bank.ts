// Fetches the practice catalog and single questions (practice/q/<id>.json), a few at a time, checking
// each file before it is used. Ships to the browser.
import {
  parseBankQuestion,
  parsePracticeIndex,
  type BankQuestion,
  type PracticeIndex,
} from '../../lib/practice/bank.ts';

const url = (path: string) => `${document.documentElement.dataset['base'] ?? '/'}practice/${path}`;

/** The catalog, or undefined when it cannot be loaded or read. */
export async function fetchCatalog(): Promise<PracticeIndex | undefined> {
  try {
    const response = await fetch(url('catalog.json'));
    return response.ok ? parsePracticeIndex(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

export interface Loaded {
  readonly questions: ReadonlyMap<string, BankQuestion>;
  /** Ids the site no longer has (404) or whose file could not be read. */
  readonly missing: readonly string[];
  /** True when the network failed: trying again may help. */
  readonly offline: boolean;
}

/** Fetches the given questions, 8 at a time. */
export async function fetchQuestions(ids: readonly string[]): Promise<Loaded> {
  const questions = new Map<string, BankQuestion>();
  const missing: string[] = [];
  let offline = false;
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        const response = await fetch(url(`q/${id}.json`));
        const question = response.ok ? parseBankQuestion(await response.json()) : undefined;
        if (question && question.id === id) questions.set(id, question);
        else missing.push(id);
      } catch {
        offline = true;
        missing.push(id);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, ids.length) }, worker));
  return { questions, missing, offline };
}
