// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, then the system's, then Playwright's own
// download. Where there is none but we run as root with apt (Debian, Ubuntu, CI here), installs
// Debian's `chromium` package. Otherwise stops with a message saying how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

async function playwrightsOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function installWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) return undefined;
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get ...');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
    stdio: 'inherit',
  });
  return onPath('chromium');
}

export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = SYSTEM_NAMES.map(onPath).find(Boolean) ?? (await playwrightsOwn()) ?? installWithApt();
  if (found) return found;
  throw new Error(
    'The end-to-end tests need Chromium and none was found. Install one (Debian/Ubuntu: "sudo apt-get install chromium"; ' +
      'macOS/Windows: "npx playwright install chromium") or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

/**
 * Flags for every headless Chromium the project starts (Playwright, Lighthouse, screenshots): no sandbox
 * (containers), no GPU, no QUIC, and no background traffic that would add requests to what is measured.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
