// The printed page's furniture where the browser draws page-margin boxes (Chromium):
// the title as the running head, and the page's address and the day it was printed
// at the foot. CSS cannot read the title or the address into a margin box, so this
// adds one `@page` rule through the CSSOM (which the page's style policy allows);
// without it the margins say "Floorboards" and the page number (src/styles/print.css).
// Firefox draws no margin boxes and prints its own title, address, date and page number.

const quoted = (text: string) => `"${CSS.escape(text)}"`;

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const furnish = () => {
  const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
  const printed = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
  const margin = 'font:7.5pt system-ui,sans-serif;color:#333';
  sheet.replaceSync(
    `@page{@top-left{content:${quoted(title)};${margin}}` +
      `@bottom-left{content:${quoted(`${location.origin}${location.pathname} · printed ${printed}`)};${margin}}}` +
      // Page 1 carries the title itself.
      '@page:first{@top-left{content:none}}',
  );
};

furnish();
addEventListener('beforeprint', furnish);
