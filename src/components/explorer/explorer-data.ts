// The explorer's data for build-time code, checked against its schema: a wrong id or a near miss that
// also fits fails the build with the field named. Build time only: the browser reads the same file
// unchecked (service-explorer.ts), which is safe because no build passes with a bad file.
import raw from '../../../content/explorer/services.json';
import type { ExplorerData } from '../../lib/explorer/types.ts';
import { ExplorerDataSchema } from '../../schemas/explorer.ts';

export const EXPLORER_DATA: ExplorerData = ExplorerDataSchema.parse(raw);

/** "December 3, 2026": the day the data was last checked. */
export const EXPLORER_CHECKED = new Date(`${EXPLORER_DATA.checked}T00:00:00Z`).toLocaleDateString('en-US', {
  dateStyle: 'long',
  timeZone: 'UTC',
});
