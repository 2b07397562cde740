// Finds the full dates a text writes ("June 18–19, 2023", "Sept. 1, 2024") so
// the lint can compare them with content/events.yaml.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  aug: 8,
  august: 8,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Month, day (or a range of days) and year; a range is read as its first day. */
const FULL_DATE = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:\\s*[–-]\\s*\\d{1,2})?,\\s+(\\d{4})\\b`, 'gi');

/** One date written in a text. */
export interface WrittenDate {
  /** The words as written, e.g. "Oct. 26–28, 2023". */
  written: string;
  /** The (first) day as an ISO date, e.g. "2023-10-26". */
  iso: string;
}

/** Every full date (month, day and year) written in `text`, in order. */
export function writtenDates(text: string): WrittenDate[] {
  return [...text.matchAll(FULL_DATE)].map((match) => {
    const month = MONTHS[match[1]!.toLowerCase()]!;
    const pad = (n: number) => String(n).padStart(2, '0');
    return { written: match[0], iso: `${match[3]}-${pad(month)}-${pad(Number(match[2]))}` };
  });
}

/** Month and day (or a range of days) with no year after them: a date the lint cannot check. */
const YEARLESS_DATE = new RegExp(
  `\\b(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?(?!\\d)(?!\\s*[–-]\\s*\\d)(?!,?\\s+\\d{4})`,
  'gi',
);

/** Every day date in `text` written without its year, e.g. "June 25" in "on June 25 and". */
export function yearlessDates(text: string): string[] {
  return [...text.matchAll(YEARLESS_DATE)].map((match) => match[0]);
}
