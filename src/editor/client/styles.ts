/** The desk's panel styles, inside the toolbar's shadow root (the toolbar's own look: dark). */
export const STYLES = `
:host astro-dev-toolbar-window { height: min(80vh, 720px); overflow-y: auto; color-scheme: dark; }
h2 { margin: 0 0 0.5rem; font-size: 1.1rem; color: #fff; }
h3 { margin: 1rem 0 0.5rem; font-size: 1rem; color: #fff; }
h4 { margin: 0.75rem 0 0.25rem; font-size: 0.9rem; color: #fff; }
p, li, label, legend { font-size: 0.875rem; line-height: 1.4; }
.hint { margin: 0.1rem 0; color: #c7c7d1; font-size: 0.8rem; }
.field { display: flex; flex-direction: column; gap: 0.2rem; margin: 0.5rem 0; }
label, .label { font-weight: 600; color: #fff; margin: 0; }
input, select, textarea { font: inherit; font-size: 0.875rem; padding: 0.35rem; border-radius: 4px;
  border: 1px solid #8b8ba0; background: #1b1b27; color: #fff; width: 100%; box-sizing: border-box; }
input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible, blockquote:focus-visible {
  outline: 2px solid #b594ff; outline-offset: 2px; }
[aria-invalid="true"] { border-color: #ff8a80; }
blockquote.passage { margin: 0; padding: 0.4rem 0.6rem; border-left: 3px solid #b594ff; background: #23233a; color: #fff; }
blockquote.passage[aria-invalid="true"] { border-left-color: #ff8a80; }
fieldset { border: 1px solid #4b4b63; border-radius: 4px; margin: 0.5rem 0; padding: 0.25rem 0.75rem; }
.problem { color: #ffb4a9; margin: 0.1rem 0; font-weight: 600; }
.problem span { display: block; }
button { font: inherit; font-size: 0.875rem; padding: 0.4rem 0.8rem; border-radius: 4px; border: 1px solid #b594ff;
  background: #6d3cd9; color: #fff; cursor: pointer; margin: 0.25rem 0.5rem 0.25rem 0; }
button.secondary { background: transparent; }
button:disabled { opacity: 0.6; cursor: default; }
.status { color: #b7f5c4; font-weight: 600; }
ul.problems { padding-left: 1.1rem; }
ul.problems li { margin: 0.35rem 0; }
code { color: #ffd58a; word-break: break-all; }
`;
