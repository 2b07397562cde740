// Everything the reading page adds with JavaScript. The page works without it;
// these only link passages and notes on hover and focus, offer the issue lens,
// lift margin notes level with their passages (after the lens, which hides some)
// and open a linked note (after the lens, so a link can override a lens).
import './passage-highlight.ts';
import './lens.ts';
import './margin-notes.ts';
import './open-target.ts';
import './print-furniture.ts';
