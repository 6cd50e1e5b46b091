/**
 * GDMF dates are calendar days ("2024-10-28") with no time zone; the expiry rule compares days, so every instant is
 * reduced to its UTC calendar day before comparing. Plain string comparison orders ISO days correctly.
 */
export type CalendarDate = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The UTC calendar day of an instant, or the day itself when given one. */
export function toCalendarDate(when: Date | CalendarDate): CalendarDate {
  if (typeof when === 'string') {
    if (!isCalendarDate(when)) throw new Error(`applemdm bug: ${JSON.stringify(when)} is not a YYYY-MM-DD date`);
    return when;
  }
  return when.toISOString().slice(0, 10);
}

export function addDays(day: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD command-line date as the start of that UTC day, or undefined when it is not a real date. */
export function parseCalendarDate(text: string): Date | undefined {
  return isCalendarDate(text) ? new Date(`${text}T00:00:00Z`) : undefined;
}
