// Plain-text tables for the benchmark report.

/** A table with a header row; numbers are right-aligned. */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '—')));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) =>
        /^[-+\d.,×%]+( s| ms| B| KB| MB)?$/.test(cell) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]),
      )
      .join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** `now` against `before` as "+12%" / "-3%", or "" when there is nothing to compare. */
export function change(now, before) {
  if (typeof now !== 'number' || typeof before !== 'number' || before === 0) return '';
  const percent = ((now - before) / before) * 100;
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(0)}%`;
}
