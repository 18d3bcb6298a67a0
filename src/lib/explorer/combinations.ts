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

/** The ids of a list of choices other than `own`: its related ones first (in their order), then the rest. */
function byCloseness(choices: readonly Choice[], own: string): { related: string[]; rest: string[] } {
  const related = (choices.find((choice) => choice.id === own)?.related ?? []).filter((id) => id !== own);
  const rest = choices.map((choice) => choice.id).filter((id) => id !== own && !related.includes(id));
  return { related, rest };
}

/**
 * The nearest combinations that have a fitting service: up to NEAREST_PER_SIDE with the same goal and
 * another input (related inputs first), then up to NEAREST_PER_SIDE with the same input and a related
 * goal. Unrelated goals of the same input fill in only when fewer than NEAREST_PER_SIDE were found, so
 * a reader is never left without a suggestion. Empty for unknown ids.
 *
 * @example nearestCombinations(data, 'audio', 'forecast').map((c) => `${c.have}/${c.want}`)
 *   // ['tabular/forecast', 'audio/build']
 */
export function nearestCombinations(data: ExplorerData, have: string, want: string): Combination[] {
  if (!lookupCombination(data, have, want)) return [];
  const withFit = (h: string, w: string) => {
    const combination = lookupCombination(data, h, w);
    return combination && combination.fits.length > 0 ? [combination] : [];
  };
  const inputs = byCloseness(data.inputs, have);
  const goals = byCloseness(data.goals, want);
  const sameGoal = [...inputs.related, ...inputs.rest].flatMap((input) => withFit(input, want));
  const nearest = [
    ...sameGoal.slice(0, NEAREST_PER_SIDE),
    ...goals.related.flatMap((goal) => withFit(have, goal)).slice(0, NEAREST_PER_SIDE),
  ];
  const fill = goals.rest.flatMap((goal) => withFit(have, goal));
  return [...nearest, ...fill.slice(0, Math.max(0, NEAREST_PER_SIDE - nearest.length))];
}

/** The services by id. */
export function servicesById(data: ExplorerData): ReadonlyMap<string, ExplorerService> {
  return new Map(data.services.map((service) => [service.id, service]));
}

/** Every service id a combination names, fitting or near miss. */
export function servicesOf(combination: Combination): string[] {
  return [...combination.fits.flatMap((fit) => fit.services), ...combination.nearMisses.map((miss) => miss.service)];
}
