// Shares written for people. Pure; ships to the browser.

/** "72 %", rounded down so a share never claims more than was earned; "0 %" when there is nothing. */
export const percent = (correct: number, total: number): string =>
  `${total > 0 ? Math.floor((correct / total) * 100 + 1e-9) : 0} %`;
