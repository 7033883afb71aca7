/**
 * Finds the browsers of the browser tests. Chromium: `CHROMIUM_PATH`, then Playwright's own browser if it
 * was installed, then a system Chromium or Chrome. Firefox: `FIREFOX_PATH`, then a system Firefox ESR or
 * Firefox (a stock build: the tests drive it over WebDriver BiDi with Puppeteer). Undefined when there is none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function onPath(command: string): string | undefined {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
    return found && existsSync(found) ? found : undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright's browser was never downloaded: look for a system one.
  }
  for (const command of SYSTEM_BROWSERS) {
    const path = onPath(command);
    if (path) return path;
  }
  return undefined;
}

const SYSTEM_FIREFOXES = ['firefox-esr', 'firefox'];

export function findFirefox(): string | undefined {
  const fromEnv = process.env['FIREFOX_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const command of SYSTEM_FIREFOXES) {
    const path = onPath(command);
    if (path) return path;
  }
  return undefined;
}

/** Arguments for a headless run that never calls out to Google's services (the machine may be offline). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Firefox preferences for a headless run that never calls out to Mozilla's services (the machine may be offline). */
export const FIREFOX_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};
