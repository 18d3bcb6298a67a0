// An estimate of the exam's scaled score (100-1,000, pass at 700) from the share of questions answered
// correctly. AWS does not publish how raw scores become scaled scores: it equates each exam form so that
// 700 means the same standard on every form, and the share of correct answers needed differs between
// forms. This estimate is therefore only a reading aid, and the page says so. Pure; ships to the browser.
//
// The mapping is piecewise linear through three points: 0 % correct -> 100 (the bottom of the scale),
// ASSUMED_PASS_FRACTION correct -> 700 (the pass line), 100 % -> 1,000. The assumption that the pass line
// sits at 70 % correct is ours, a common rule of thumb, not an AWS figure.

export const SCALE_MIN = 100;
export const SCALE_MAX = 1000;
export const PASS_SCORE = 700;
/** The share of correct answers assumed to sit at the pass line. */
export const ASSUMED_PASS_FRACTION = 0.7;

/**
 * The estimated scaled score for a fraction of correct answers (clamped to 0..1), rounded to a whole
 * number. Throws RangeError for a value that is not a finite number.
 * @example estimateScaledScore(0.7) // 700
 * @example estimateScaledScore(0.35) // 400
 * @example estimateScaledScore(0.85) // 850
 */
export function estimateScaledScore(fraction: number): number {
  if (!Number.isFinite(fraction))
    throw new RangeError(`estimateScaledScore: the fraction must be a finite number (got ${fraction})`);
  const share = Math.min(1, Math.max(0, fraction));
  const score =
    share <= ASSUMED_PASS_FRACTION
      ? SCALE_MIN + (share / ASSUMED_PASS_FRACTION) * (PASS_SCORE - SCALE_MIN)
      : PASS_SCORE + ((share - ASSUMED_PASS_FRACTION) / (1 - ASSUMED_PASS_FRACTION)) * (SCALE_MAX - PASS_SCORE);
  return Math.round(score);
}

/** Whether an estimated score reaches the pass line. */
export const isPassing = (scaled: number): boolean => scaled >= PASS_SCORE;
