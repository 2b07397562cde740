// Where the browser tests find Chromium, and how they say so when it is missing.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumMissing = `Chromium was not found at ${chromiumPath}.
The browser tests need it. On Debian or Ubuntu install it with:
  sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`;

export const hasChromium = () => existsSync(chromiumPath);

/** The flags Chromium needs here: no sandbox as root, no network beyond the page under test. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
