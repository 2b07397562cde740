import { precisionOf } from '../schemas/partial-date.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A partial ISO date in words: `2023` → "2023", `2023-06` → "June 2023", `2023-06-19` → "June 19, 2023". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const precision = precisionOf(iso);
  if (precision === 'year') return year!;
  const name = MONTHS[Number(month) - 1];
  return precision === 'month' ? `${name} ${year}` : `${name} ${Number(day)}, ${year}`;
}
