// The mock exam's clock: the time allowed, when to announce the time left, and how to write durations.
// Pure; ships to the browser.

const MINUTE = 60_000;
/** The exam's 90 minutes. */
export const EXAM_MINUTES = 90;
/** The extra time AWS grants as an accommodation (for example to non-native English speakers). */
export const ACCOMMODATION_MINUTES = 30;
/** Times left at which screen readers hear the time left, in ms (10 minutes, then 1 minute). */
export const ANNOUNCE_AT: readonly number[] = [10 * MINUTE, 1 * MINUTE];

/** The time allowed in ms, with or without the +30-minute accommodation. */
export const examLimitMs = (accommodation: boolean): number =>
  (EXAM_MINUTES + (accommodation ? ACCOMMODATION_MINUTES : 0)) * MINUTE;

/**
 * The announcement thresholds crossed when the time left went from `before` to `after` (both in ms):
 * each threshold t with after <= t < before, largest first. A jump over both (a tab asleep for 10
 * minutes) gives both; the caller says the last one.
 * @example crossedThresholds(600_500, 599_500) // [600000]
 */
export function crossedThresholds(
  before: number,
  after: number,
  thresholds: readonly number[] = ANNOUNCE_AT,
): number[] {
  return thresholds.filter((threshold) => after <= threshold && threshold < before);
}

/** "10 minutes left.", "1 minute left." */
export function describeTimeLeft(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / MINUTE));
  return `${minutes} minute${minutes === 1 ? '' : 's'} left.`;
}

const two = (value: number) => String(value).padStart(2, '0');

/** A countdown as on a clock: "1:29:59", "9:05", "0:00" (whole seconds, rounded up so 0:00 means the end). */
export function formatClock(ms: number): string {
  const total = Number.isFinite(ms) ? Math.max(0, Math.ceil(ms / 1000)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

/** A duration in words for reports: "1 h 14 min", "14 min 5 s", "45 s" (whole seconds, rounded down). */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 1000)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
  return `${seconds} s`;
}
