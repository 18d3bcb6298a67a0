// The explorer's choice in the page address (?explorer.have=audio&explorer.want=transcribe), through
// the calculators' url-state, so a link reopens the same combination. Pure; ships to the browser.
import { readState, writeState } from '../calculators/url-state.ts';

/** Prefix of the explorer's parameters in the address. */
export const EXPLORER_PREFIX = 'explorer';

export interface ExplorerState {
  readonly have: string;
  readonly want: string;
}

/**
 * Reads the choice from a query string. Only known ids are kept: a missing, unknown or malformed
 * value is left out (the caller keeps its current choice for it), so a bad link never breaks anything.
 *
 * @example parseExplorerState('?explorer.have=audio&explorer.want=nope', ['audio'], ['extract'])
 *   // { have: 'audio' }
 */
export function parseExplorerState(
  search: string,
  inputIds: readonly string[],
  goalIds: readonly string[],
): Partial<ExplorerState> {
  const raw = readState(search, EXPLORER_PREFIX, ['have', 'want']);
  const state: { have?: string; want?: string } = {};
  if (raw['have'] !== undefined && inputIds.includes(raw['have'])) state.have = raw['have'];
  if (raw['want'] !== undefined && goalIds.includes(raw['want'])) state.want = raw['want'];
  return state;
}

/**
 * Writes the choice into a query string, keeping every other parameter (a calculator's, a search
 * highlight). Returns "" or "?...".
 */
export function serializeExplorerState(search: string, state: ExplorerState): string {
  return writeState(search, EXPLORER_PREFIX, { have: state.have, want: state.want });
}
