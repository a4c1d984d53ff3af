const DAY = 86_400_000;

/**
 * The ISO 8601 week of an instant, in UTC: "2026-W49". Weeks start on Monday; week 1 is the
 * one with the year's first Thursday, so 29 Dec 2025 is in 2026-W01.
 */
export function isoWeek(at: number): string {
  const day = new Date(Math.floor(at / DAY) * DAY);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 UTC of an ISO week ("2026-W49"), epoch milliseconds. */
export function weekStart(week: string): number {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new Error(`not an ISO week: ${week}`);
  const year = Number(match[1]);
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - jan4Weekday * DAY + (Number(match[2]) - 1) * 7 * DAY;
}

/** The ISO weeks that overlap [from, until], oldest first. */
export function weeksBetween(from: number, until: number): string[] {
  const weeks: string[] = [];
  for (let at = weekStart(isoWeek(from)); at <= until; at += 7 * DAY) weeks.push(isoWeek(at));
  return weeks;
}

export const isIsoWeek = (value: string): boolean => /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(value);

/** The `count` ISO weeks ending with the one `now` is in, oldest first. */
export const weeksEnding = (now: number, count: number): string[] =>
  Array.from({ length: count }, (_, i) => isoWeek(weekStart(isoWeek(now)) - (count - 1 - i) * 7 * DAY));
