/**
 * Times are stored in UTC and always shown in the province's time zone, the way a notice states
 * them: 「2027年1月28日 17:00」, a day alone as 「2027年1月28日」. Every screen, message, PDF and
 * export formats through these two functions, so the app reads one way everywhere.
 */
export const TIME_ZONE = "Asia/Shanghai";

const parts = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function shanghaiParts(value: Date | string) {
  return Object.fromEntries(parts.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
}

/** 「2027年1月28日 17:00」 in Beijing time; "" for no value. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "";
  const p = shanghaiParts(value);
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

/**
 * 「2027年1月28日」: the Beijing calendar day of an instant, or a calendar date written YYYY-MM-DD
 * (a `date` column, a date field), which is shown as written.
 */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  const day = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (day) return `${Number(day[1])}年${Number(day[2])}月${Number(day[3])}日`;
  const p = shanghaiParts(value);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** `datetime-local` input value (Asia/Shanghai wall clock) → UTC Date. Shanghai has no DST. */
export function fromShanghaiLocalInput(value: string): Date {
  return new Date(`${value}:00+08:00`);
}

/** UTC Date → `datetime-local` input value in Asia/Shanghai. */
export function toShanghaiLocalInput(value: Date | string): string {
  const shifted = new Date(new Date(value).getTime() + 8 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}
