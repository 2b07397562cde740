import { launchChromium } from './chromium.ts';
import { readerChecks } from './reader-checks.ts';

readerChecks(launchChromium);
