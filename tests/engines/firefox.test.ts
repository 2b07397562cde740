import { launchFirefox } from './firefox.ts';
import { readerChecks } from './reader-checks.ts';

readerChecks(launchFirefox);
