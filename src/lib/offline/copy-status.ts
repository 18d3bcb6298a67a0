// What the Offline page says about the copy saved on this device, from the index the service worker
// keeps (src/offline/sw.js) and the build's own figures. Pure: no DOM, no caches.

/** The worker's index of the copy: each saved file's hash, size and group; a version once complete. */
export interface CopyIndex {
  version?: string;
  savedAt?: string;
  files: Record<string, [hash: string, bytes: number, group: 'page' | 'asset' | 'search']>;
}

/** The build's figures, written into the Offline page at build time. */
export interface CopyTotals {
  files: number;
  pages: number;
}

export interface CopyStatus {
  state: 'none' | 'partial' | 'complete';
  /** One sentence for the reader. */
  text: string;
  bytes: number;
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

/** "1.2 MB" or "640 KB" (1 MB = 1,000,000 bytes), as the build writes sizes (scripts/service-worker.mjs). */
export function formatBytes(bytes: number): string {
  const kilobytes = Math.round(bytes / 1e3);
  return kilobytes >= 1000 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, kilobytes)} KB`;
}

/** Reads the stored index; anything that is not one (damaged, another version) counts as nothing saved. */
export function parseCopyIndex(value: unknown): CopyIndex {
  if (typeof value !== 'object' || value === null) return { files: {} };
  const { version, savedAt, files } = value as Record<string, unknown>;
  if (typeof files !== 'object' || files === null) return { files: {} };
  const valid = Object.entries(files).filter(
    ([, entry]) =>
      Array.isArray(entry) && typeof entry[0] === 'string' && Number.isFinite(entry[1]) && typeof entry[2] === 'string',
  );
  return {
    ...(typeof version === 'string' ? { version } : {}),
    ...(typeof savedAt === 'string' ? { savedAt } : {}),
    files: Object.fromEntries(valid) as CopyIndex['files'],
  };
}

/** What is saved, in one sentence. A copy is complete when it holds every file of this build. */
export function describeCopy(index: CopyIndex, totals: CopyTotals): CopyStatus {
  const entries = Object.values(index.files);
  const bytes = entries.reduce((sum, entry) => sum + entry[1], 0);
  if (entries.length === 0) return { state: 'none', text: 'Nothing is saved on this device.', bytes: 0 };
  const pages = entries.filter((entry) => entry[2] === 'page').length;
  const search = entries.some((entry) => entry[2] === 'search');
  const when =
    index.savedAt && !Number.isNaN(Date.parse(index.savedAt))
      ? ` on ${dateFormat.format(new Date(index.savedAt))}`
      : '';
  if (index.version && entries.length >= totals.files) {
    return {
      state: 'complete',
      text: `Saved${when}: all ${pages} pages with their fonts and calculators, and the search index (${formatBytes(bytes)}).`,
      bytes,
    };
  }
  return {
    state: 'partial',
    text:
      `Partly saved: ${Math.min(pages, totals.pages)} of ${totals.pages} pages` +
      `${search ? ', part of the search index' : ', no search index yet'} (${formatBytes(bytes)}). ` +
      'Press “Save for offline use” to finish.',
    bytes,
  };
}
