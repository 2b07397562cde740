// A link to a note (`#note-…`) or to anything folded inside one opens it.
// CSS already shows a targeted note's body; marking the <details> open keeps
// its state, and what assistive technology reports, in step.

const openTarget = () => {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  // A lens must not hide what the reader was sent to.
  if (target.closest('[hidden]')) document.dispatchEvent(new CustomEvent('lens:clear'));
  const fold = target.querySelector('details') ?? target.closest('details');
  if (fold && !fold.open) {
    fold.open = true;
    target.scrollIntoView();
  }
};

addEventListener('hashchange', openTarget);
openTarget();
