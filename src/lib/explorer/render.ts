// The explorer's markup as vnodes: the answer for one combination (fitting services with why, near
// misses with why not, or the nearest combinations when nothing fits) and the full table of every
// combination. The server renders the first answer and the table with these functions and the browser
// renders later answers with the same ones, so the explorer and the table never disagree. Pure; ships
// to the browser.
import { h, type VNode } from '../calculators/vnode.ts';
import { listCombinations, nearestCombinations, servicesById } from './combinations.ts';
import type { Combination, ExplorerData, ExplorerService } from './types.ts';

/** Slug of the page with the full table of every combination. */
export const TABLE_PAGE = 'which-service';

/** The id of a combination's table row; links to a combination point here. */
export const rowId = (have: string, want: string) => `explorer-${have}-${want}`;

/** A link to a combination's row of the full table, from the page `currentPage`. */
export function rowHref(have: string, want: string, currentPage: string): string {
  return `${currentPage === TABLE_PAGE ? '' : `../${TABLE_PAGE}/`}#${rowId(have, want)}`;
}

/** The id of an input's table. */
export const tableId = (have: string) => `explorer-in-${have}`;

/** A link to the section that teaches a service, relative so it works under any base path. */
export function serviceHref(service: ExplorerService, currentPage: string): string {
  return service.page === currentPage ? `#${service.anchor}` : `../${service.page}/#${service.anchor}`;
}

const labelOf = (list: ExplorerData['inputs'], id: string) => list.find((choice) => choice.id === id)?.label ?? id;

/** "Audio (speech, calls) → Transcribe (speech to text)". */
export function combinationTitle(data: ExplorerData, have: string, want: string): string {
  return `${labelOf(data.inputs, have)} → ${labelOf(data.goals, want)}`;
}

function serviceName(data: ExplorerData, id: string, currentPage: string): VNode[] {
  const service = servicesById(data).get(id);
  // The schema refuses unknown ids; a bare id is still better than a broken page.
  if (!service) return [id];
  const link = h('a', { href: serviceHref(service, currentPage) }, [service.name]);
  return service.status ? [link, ' (', h('span', { class: 'explorer-status' }, [service.status]), ')'] : [link];
}

/** "Amazon Transcribe, Amazon Translate": the services that fit a combination, each named once. */
function fittingNames(data: ExplorerData, combination: Combination): string {
  const services = servicesById(data);
  const ids = [...new Set(combination.fits.flatMap((fit) => fit.services))];
  return ids.map((id) => services.get(id)?.name ?? id).join(', ');
}

function nearestList(data: ExplorerData, combination: Combination, currentPage: string): VNode {
  const nearest = nearestCombinations(data, combination.have, combination.want);
  return h(
    'ul',
    { class: 'explorer-list' },
    nearest.map((other) =>
      h('li', {}, [
        h(
          'a',
          { href: rowHref(other.have, other.want, currentPage), 'data-have': other.have, 'data-want': other.want },
          [combinationTitle(data, other.have, other.want)],
        ),
        `: ${fittingNames(data, other)}`,
      ]),
    ),
  );
}

/** The fitting services of a combination, or, when none fits, a sentence saying so with the nearest ones. */
export function fitsContent(data: ExplorerData, combination: Combination, currentPage: string): VNode {
  if (combination.fits.length === 0) {
    return h('div', {}, [
      h('p', {}, ['None of the services in this guide does this directly. Nearest combinations:']),
      nearestList(data, combination, currentPage),
    ]);
  }
  return h(
    'ul',
    { class: 'explorer-list' },
    combination.fits.map((fit) =>
      h('li', {}, [
        ...fit.services.flatMap((id, i) => [...(i === 0 ? [] : [' → ']), ...serviceName(data, id, currentPage)]),
        `: ${fit.why}`,
      ]),
    ),
  );
}

/** The near misses of a combination with why not, or "None.". */
export function nearMissesContent(data: ExplorerData, combination: Combination, currentPage: string): VNode {
  if (combination.nearMisses.length === 0) return h('p', {}, ['None.']);
  return h(
    'ul',
    { class: 'explorer-list' },
    combination.nearMisses.map((miss) =>
      h('li', {}, [...serviceName(data, miss.service, currentPage), `: ${miss.why}`]),
    ),
  );
}

// Explicit roles keep the table a table for screen readers when narrow screens restyle its rows as blocks.
const COLUMNS = ['Goal', 'Fitting services, and why', 'Near misses, and why not'];

/** One table per input: a row per goal with its fitting services and near misses. */
export function explorerTables(data: ExplorerData, currentPage: string): VNode[] {
  const all = listCombinations(data);
  return data.inputs.map((input) =>
    h('table', { class: 'explorer-table', id: tableId(input.id), role: 'table' }, [
      h('caption', {}, [`You have: ${input.label}`]),
      h('thead', { role: 'rowgroup' }, [
        h(
          'tr',
          { role: 'row' },
          COLUMNS.map((text) => h('th', { scope: 'col', role: 'columnheader' }, [text])),
        ),
      ]),
      h(
        'tbody',
        { role: 'rowgroup' },
        all
          .filter((combination) => combination.have === input.id)
          .map((combination) =>
            h('tr', { id: rowId(combination.have, combination.want), role: 'row' }, [
              h('th', { scope: 'row', role: 'rowheader' }, [labelOf(data.goals, combination.want)]),
              h('td', { role: 'cell', 'data-fits': '' }, [fitsContent(data, combination, currentPage)]),
              h('td', { role: 'cell', 'data-misses': '' }, [nearMissesContent(data, combination, currentPage)]),
            ]),
          ),
      ),
    ]),
  );
}
