// Splits text into comparable words for search ranking. Pure; ships to the browser.

/** Lower-case letter/digit runs: "Top-p (nucleus)" -> ["top", "p", "nucleus"]; "R²" -> ["r2"]. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
