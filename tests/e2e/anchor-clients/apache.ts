// Bundled for the browser by anchor-clients.test.ts: anchors every target with
// Apache Annotator's DOM matchers, over the whole body.
import { createTextPositionSelectorMatcher, createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { all, nearest, onPassage, type Case, type Outcome } from './case.ts';

export async function anchorAll(cases: Case[]): Promise<Outcome[]> {
  const scope = document.createRange();
  scope.selectNodeContents(document.body);
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    // The quote matcher yields every exact match; a client picks one, ideally the
    // one nearest the position, as Hypothesis uses the position as a hint.
    const quotes = await all(createTextQuoteSelectorMatcher(c.quote)(scope));
    const [byPosition] = c.position ? await all(createTextPositionSelectorMatcher(c.position)(scope)) : [];
    outcomes.push({
      'quote, first match': onPassage(quotes[0], c),
      'quote, match nearest the position': onPassage(nearest(quotes, c.position?.start), c),
      position: onPassage(byPosition, c),
    });
  }
  return outcomes;
}
