// Turns numbers into the text a calculator shows. Every path returns readable text: never "NaN",
// "Infinity", "undefined" or "null". Ships to the browser.

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Text for a number that a formula could not produce (a zero denominator, an undefined mean). */
export const UNDEFINED_TEXT = 'undefined';

/**
 * Rounds to `decimals` places and drops trailing zeros: formatNumber(0.8000) -> "0.8". Very large or
 * very small magnitudes use scientific notation ("1.23 × 10⁻⁷⁷"); infinities are "∞"; null and NaN
 * are "undefined".
 */
export function formatNumber(value: number | null | undefined, decimals = 4): string {
  if (value === null || value === undefined || Number.isNaN(value)) return UNDEFINED_TEXT;
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 10 ** -decimals || magnitude >= 1e12)) {
    const [mantissa = '0', exponent = '0'] = value.toExponential(2).split('e');
    const power = String(Number(exponent)).replace(/[-0-9]/g, (char) => SUPERSCRIPT[char] ?? char);
    return `${mantissa.replace(/\.?0+$/, '')} × 10${power}`.replace(/^-/, '−');
  }
  const fixed = value.toFixed(decimals).replace(/\.?0+$/, '');
  return (fixed === '-0' ? '0' : fixed).replace(/^-/, '−');
}

/** A ratio as a percentage: formatPercent(0.8571) -> "85.71 %". */
export function formatPercent(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return formatNumber(value);
  return `${formatNumber(value * 100, decimals)} %`;
}

/** A whole count with thousands separators: formatCount(12345) -> "12,345". */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : formatNumber(value);
}

/** Money in the reader's own (unnamed) currency: formatMoney(32) -> "32.00"; tiny amounts keep 4 decimals. */
export function formatMoney(value: number): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  const decimals = value !== 0 && Math.abs(value) < 0.01 ? 4 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
