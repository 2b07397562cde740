/**
 * The figures' one stylesheet, written into each SVG. An SVG loaded by `<img>` cannot see the
 * page's CSS, so it carries its own light and dark colours (`prefers-color-scheme` inside the
 * SVG follows the reader's setting) and uses `currentColor` for text. Colours are the site's
 * (src/styles/global.css); each text colour passes WCAG AA on the page background.
 */

/** Width of every figure's viewBox; heights vary. Narrow, so that labels stay legible on phones. */
export const FIGURE_WIDTH = 480;

/** Label size in viewBox units. */
export const FONT = 15;

const LIGHT = `svg{color:#1b1b1b;font:${FONT}px system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
.land{fill:#e9e5d9}.border{fill:none;stroke:#a29d8f;stroke-width:.7}
.label{fill:currentColor}.value{paint-order:stroke;stroke:#fffff8;stroke-width:4px;stroke-linejoin:round}.muted{fill:#595959}.key{font-weight:700}
.route{fill:none;stroke:#b3261e;stroke-width:2.2;stroke-dasharray:7 4}
.dot{fill:#b3261e}.ring{fill:#b3261e;fill-opacity:.12;stroke:#b3261e;stroke-width:1.6;stroke-dasharray:4 3}
.axis{stroke:#8a8a84;fill:none}.grid{stroke:#d6d6cf}
.bar{fill:#0b57a4}.bar-p{fill:none;stroke:#0b57a4;stroke-width:2;stroke-dasharray:5 3}
.mark{stroke:#b3261e;stroke-width:1.5;stroke-dasharray:3 3}.badge{fill:#b3261e}.badge-t{fill:#fff;font-weight:700}
.us{fill:#0b57a4}.cn{fill:#b3261e}
.cut{fill:#b3261e;fill-opacity:.25}.open{fill:#0b7a3e;fill-opacity:.3}`;

const DARK = `@media (prefers-color-scheme:dark){svg{color:#ececec}
.value{stroke:#151515}.land{fill:#34332e}.border{stroke:#6b675d}.muted{fill:#b5b5b5}
.route,.ring,.mark{stroke:#ff8a80}.dot,.badge,.cn{fill:#ff8a80}.ring{fill:#ff8a80}.badge-t{fill:#151515}
.axis{stroke:#8f8f8f}.grid{stroke:#3a3a3a}
.bar,.us{fill:#8ab8ff}.bar-p{fill:none;stroke:#8ab8ff}
.cut{fill:#ff8a80}.open{fill:#7fd6a2}}`;

/** The `<style>` of a figure; the preview card draws the light scheme only (it is always light). */
export const figureStyle = (scheme: 'auto' | 'light') =>
  `<style>${LIGHT.replace(/\n/g, '')}${scheme === 'auto' ? DARK.replace(/\n/g, '') : ''}</style>`;
