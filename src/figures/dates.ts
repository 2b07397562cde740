import { precisionOf } from '../schemas/partial-date.ts';

// The AP's month abbreviations, which the site's notes use too.
const SHORT_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A partial ISO date as a short label: "Jan. 28", or with the year, "Jan. 28, 2023" / "June 2023". */
export function shortDate(iso: string, withYear: boolean): string {
  const [year, month, day] = iso.split('-');
  const precision = precisionOf(iso);
  if (precision === 'year') return year!;
  const name = SHORT_MONTHS[Number(month) - 1]!;
  if (precision === 'month') return `${name} ${year}`;
  return withYear ? `${name} ${Number(day)}, ${year}` : `${name} ${Number(day)}`;
}

/** A date range as a short label: "May 23–24, 2024", or one date when there is no end. */
export function shortRange(from: string, until: string | undefined, withYear: boolean): string {
  if (!until || until === from) return shortDate(from, withYear);
  const [fy, fm] = from.split('-');
  const [uy, um, ud] = until.split('-');
  if (fy === uy && fm === um && ud) {
    const start = shortDate(from, false);
    return `${start}–${Number(ud)}${withYear ? `, ${fy}` : ''}`;
  }
  if (fy === uy) return `${shortDate(from, false)} – ${shortDate(until, withYear)}`;
  return `${shortDate(from, withYear)} – ${shortDate(until, withYear)}`;
}

/** Noon UTC on the first day the partial date covers: a point on a time axis. */
export const dayOf = (iso: string) => {
  const [year, month = '01', day = '01'] = iso.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
};

/** The last day a partial date covers (the month's last day for `YYYY-MM`). */
export function lastDayOf(iso: string): Date {
  const [year, month, day] = iso.split('-');
  if (day) return dayOf(iso);
  if (month) return new Date(Date.UTC(Number(year), Number(month), 0, 12));
  return new Date(Date.UTC(Number(year), 11, 31, 12));
}
