// The two packages ship no types; these are the parts tests/e2e/structured-data.test.ts uses.
declare module '@marbec/web-auto-extractor' {
  /** What the extractor found: JSON-LD, microdata and RDFa by type, and what it could not read. */
  export interface Extracted {
    jsonld: Record<string, unknown[]>;
    errors: unknown[];
  }
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: string[] });
    parse(html: string): Extracted;
  }
}

declare module '@adobe/structured-data-validator' {
  import type { Extracted } from '@marbec/web-auto-extractor';
  /** One problem: `ERROR` where Google's rules require something, `WARNING` where they recommend it. */
  export interface ValidationIssue {
    severity: 'ERROR' | 'WARNING';
    issueMessage: string;
    rootType?: string;
    path?: unknown;
  }
  export default class Validator {
    /** `schemaOrgJson`: the schema.org vocabulary, to flag unknown properties too (not used: it is fetched). */
    constructor(schemaOrgJson?: unknown);
    validate(extracted: Extracted): Promise<ValidationIssue[]>;
  }
}
