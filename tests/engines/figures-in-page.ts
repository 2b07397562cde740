// Run inside the page (self-contained: sent to the browser as source text).

/**
 * Every issue figure on the page, each brought into view (its image loads lazily) and
 * loaded: its issue, its image's natural and drawn size, and how many data tables follow it.
 */
export async function figureReport() {
  const holders = [...document.querySelectorAll<HTMLElement>('.issue-figure')];
  const report = [];
  for (const holder of holders) {
    const img = holder.querySelector('img')!;
    img.scrollIntoView();
    // Lazily loaded: wait for the browser to finish fetching it (a condition, with a deadline).
    const deadline = Date.now() + 10_000;
    while (!(img.complete && img.naturalWidth > 0) && Date.now() < deadline) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const loaded = img.complete && img.naturalWidth > 0;
    const box = img.getBoundingClientRect();
    report.push({
      id: holder.dataset.figure ?? '',
      loaded,
      natural: img.naturalWidth,
      width: box.width,
      height: box.height,
      right: box.right,
      tables: holder.querySelectorAll('table').length,
    });
  }
  return { viewport: window.innerWidth, figures: report };
}
