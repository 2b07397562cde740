import { SEARCH_PATH } from '../sharing/paths.ts';
import { headerPolicy, withRulePolicy } from './headers-file.ts';
import { parsePolicy } from './policy-text.ts';

/**
 * The source that lets a page compile WebAssembly (CSP Level 3), which site search needs
 * (Pagefind looks words up in WebAssembly). Only the search page may have it.
 */
export const WASM_SOURCE = "'wasm-unsafe-eval'";

/** The search page's file in the output. */
export const SEARCH_PAGE_FILE = `${SEARCH_PATH.slice(1)}index.html`;

/** The `_headers` rule that gives the search page its own policy. */
export const SEARCH_RULE = `${SEARCH_PATH}*`;

/** Whether a policy lets scripts compile WebAssembly. */
export const allowsWasm = (policy: string) => parsePolicy(policy).get('script-src')?.includes(WASM_SOURCE) ?? false;

/**
 * Sets apart the search page's policy from the others', which the site-wide header unites,
 * so that the header every other file gets never allows WebAssembly. Fails naming the page
 * if any other page's policy allows it.
 */
export function searchPolicyApart(pages: ReadonlyArray<{ file: string; policy: string }>): {
  others: string[];
  search: string | undefined;
} {
  const others: string[] = [];
  let search: string | undefined;
  for (const { file, policy } of pages) {
    if (file === SEARCH_PAGE_FILE) search = policy;
    else if (allowsWasm(policy)) {
      throw new Error(`${file}: only ${SEARCH_PAGE_FILE} may allow ${WASM_SOURCE}, and this page's policy does`);
    } else others.push(policy);
  }
  return { others, search };
}

/** `_headers` with the search page's rule: its own policy, the one header that allows WebAssembly. */
export const withSearchPolicy = (headers: string, policy: string) =>
  withRulePolicy(headers, SEARCH_RULE, headerPolicy(policy));
