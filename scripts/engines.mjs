// Where the browser tests find Firefox ESR and WebKitGTK (Debian's packages), beside
// scripts/chromium.mjs for Chromium, and how they say so when one is missing.
import { existsSync } from 'node:fs';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

const needs = [
  [firefoxPath, 'firefox-esr', 'FIREFOX_PATH'],
  [webkitDriverPath, 'webkit2gtk-driver', 'WEBKIT_DRIVER_PATH'],
  [miniBrowserPath, 'webkit2gtk-driver', 'MINIBROWSER_PATH'],
  [xvfbPath, 'xvfb', 'XVFB_PATH'],
];

/** What is missing for the Firefox and WebKit tests, as a message; `undefined` when nothing is. */
export function enginesMissing() {
  const missing = needs.filter(([path]) => !existsSync(path));
  if (missing.length === 0) return undefined;
  const packages = [...new Set(missing.map(([, pkg]) => pkg))].join(' ');
  return `${missing.map(([path, , env]) => `${path} was not found (set ${env} to use another binary).`).join('\n')}
The Firefox and WebKit tests need it. On Debian or Ubuntu install it with:
  sudo apt-get update && sudo apt-get install -y ${packages}`;
}
