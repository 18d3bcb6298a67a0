// Looking combinations up in the explorer's data: one combination, all of them, and the nearest ones
// that have a fitting service when a combination has none. Pure; ships to the browser.
import type { Choice, Combination, ExplorerData, ExplorerService } from './types.ts';

/** How many nearest combinations are suggested with the same goal, and how many with the same input. */
export const NEAREST_PER_SIDE = 2;

/**
 * The combination for `have` and `want`: the listed one, or, for a known pair that is not listed,
 * one with no fitting service and no near misses. Undefined when either id is unknown.
 *
 * @example lookupCombination(data, 'audio', 'transcribe')?.fits[0]?.services // ['transcribe']
 */
export function lookupCombination(data: ExplorerData, have: string, want: string): Combination | undefined {
  if (!data.inputs.some((input) => input.id === have) || !data.goals.some((goal) => goal.id === want)) return undefined;
  return (
    data.combinations.find((combination) => combination.have === have && combination.want === want) ?? {
      have,
      want,
      fits: [],
      nearMisses: [],
    }
  );
}

/** Every input-goal pair, inputs in select order and each input's goals in select order. */
export function listCombinations(data: ExplorerData): Combination[] {
  return data.inputs.flatMap((input) =>
    data.goals.map((goal) => lookupCombination(data, input.id, goal.id)).filter((c): c is Combination => !!c),
  );
}

/** The choices of a list ordered for suggestions: `own` excluded, its related ones first, then the rest. */
function byCloseness(choices: readonly Choice[], own: string): string[] {
  const related = choices.find((choice) => choice.id === own)?.related ?? [];
  const rest = choices.map((choice) => choice.id).filter((id) => id !== own && !related.includes(id));
  return [...related.filter((id) => id !== own), ...rest];
}

/**
 * The nearest combinations that have a fitting service: up to NEAREST_PER_SIDE with the same goal
 * and another input (related inputs first), then up to NEAREST_PER_SIDE with the same input and
 * another goal (related goals first). Empty for unknown ids.
 *
 * @example nearestCombinations(data, 'audio', 'forecast').map((c) => `${c.have}/${c.want}`)
 *   // ['tabular/forecast', 'audio/build', 'audio/label']
 */
export function nearestCombinations(data: ExplorerData, have: string, want: string): Combination[] {
  if (!lookupCombination(data, have, want)) return [];
  const withFit = (h: string, w: string) => {
    const combination = lookupCombination(data, h, w);
    return combination && combination.fits.length > 0 ? [combination] : [];
  };
  const sameGoal = byCloseness(data.inputs, have).flatMap((input) => withFit(input, want));
  const sameInput = byCloseness(data.goals, want).flatMap((goal) => withFit(have, goal));
  return [...sameGoal.slice(0, NEAREST_PER_SIDE), ...sameInput.slice(0, NEAREST_PER_SIDE)];
}

/** The services by id. */
export function servicesById(data: ExplorerData): ReadonlyMap<string, ExplorerService> {
  return new Map(data.services.map((service) => [service.id, service]));
}

/** Every service id a combination names, fitting or near miss. */
export function servicesOf(combination: Combination): string[] {
  return [...combination.fits.flatMap((fit) => fit.services), ...combination.nearMisses.map((miss) => miss.service)];
}
