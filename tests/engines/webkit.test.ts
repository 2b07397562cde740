import { launchWebKit } from './webkit.ts';
import { readerChecks } from './reader-checks.ts';

readerChecks(launchWebKit);
