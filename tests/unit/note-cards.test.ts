import { beforeAll, describe, expect, test, vi } from 'vitest';
import { cardTree, type CardNode } from '../../src/cards/card.ts';
import type { Article, Note } from '../../src/editorial/site-data.ts';
import { verdictWords } from '../../src/schemas/verdict.ts';
import { withSearchPolicy, searchPolicyApart, SEARCH_RULE } from '../../src/security/search-policy.ts';

beforeAll(() => {
  vi.stubEnv('SITE', 'https://floorboards.example');
});

/** Every string a card's tree draws, in order. */
const textsOf = (node: CardNode | string): string[] =>
  typeof node === 'string'
    ? [node]
    : [node.props.children ?? []].flat().flatMap((child) => textsOf(child as CardNode | string));

const article = { id: 'a-column', data: { title: 'A column, annotated' } } as unknown as Article;
const note = (data: Partial<Note['data']>) =>
  ({ id: 'a-column/a-note', data: { summary: 'What the note says', corrections: [], ...data } }) as unknown as Note;

describe('a fact-check’s or correction’s preview card', () => {
  test.each(verdictWords)('draws the claim and the verdict “%s” in words', async (rating) => {
    const { noteCard } = await import('../../src/sharing/cards.ts');
    const claim = 'Blinken called military contacts “hugely important”.';
    const card = noteCard(article, note({ type: 'fact-check', verdict: { rating, claim, evidence: [] } }));
    const drawn = textsOf(cardTree(card));
    expect(drawn).toContain(claim);
    expect(drawn).toContain(`Verdict: ${rating}`);
    expect(drawn).toContain('Fact-check');
  });

  test('a correction note’s card says the reprint was corrected, under its summary', async () => {
    const { noteCard } = await import('../../src/sharing/cards.ts');
    const drawn = textsOf(cardTree(noteCard(article, note({ type: 'correction' }))));
    expect(drawn).toEqual(expect.arrayContaining(['Correction', 'What the note says', 'The reprint corrected']));
  });
});

describe('the search page’s policy', () => {
  const strict = "default-src 'none'; script-src 'self'";
  const search = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'";

  test('is set apart from the others, which the site-wide header unites', () => {
    const { others, search: found } = searchPolicyApart([
      { file: 'index.html', policy: strict },
      { file: 'search/index.html', policy: search },
    ]);
    expect(others).toEqual([strict]);
    expect(found).toBe(search);
  });

  test('any other page that allows WebAssembly fails the build, naming the page', () => {
    expect(() => searchPolicyApart([{ file: 'a-column/index.html', policy: search }])).toThrow(
      /^a-column\/index\.html: only search\/index\.html may allow 'wasm-unsafe-eval'/,
    );
  });

  test('gets a _headers rule of its own that first removes the site-wide policy', () => {
    const headers = withSearchPolicy('/*\n  Content-Security-Policy: x\n', search);
    expect(headers).toContain(
      `${SEARCH_RULE}\n  ! Content-Security-Policy\n  Content-Security-Policy: ${search}; frame-ancestors 'none'\n`,
    );
  });
});
