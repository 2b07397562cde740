// Bundled for the browser by anchor-clients.test.ts: anchors every target with
// Hypothesis's libraries, against `document.body` as the Hypothesis client does.
import * as textPosition from 'dom-anchor-text-position';
import * as textQuote from 'dom-anchor-text-quote';
import { onPassage, type Case, type Outcome } from './case.ts';

export function anchorAll(cases: Case[]): Outcome[] {
  const root = document.body;
  return cases.map((c) => {
    const { type: _type, ...quote } = c.quote;
    const hint = c.position?.start;
    // The client tries the position first and keeps it only if its text is the
    // quote; otherwise it searches for the quote, near the position.
    const byPosition = c.position ? textPosition.toRange(root, c.position) : null;
    const positionHolds = byPosition?.toString() === c.quote.exact;
    const byQuote = textQuote.toRange(root, quote, hint === undefined ? {} : { hint });
    return {
      'quote alone': onPassage(textQuote.toRange(root, quote), c),
      'quote, position as hint': onPassage(byQuote, c),
      'position, checked against the quote': positionHolds && onPassage(byPosition, c),
      'as the client anchors': onPassage(positionHolds ? byPosition : byQuote, c),
    };
  });
}
