/** Times are stored in UTC and always shown in the province's time zone. */
export const TIME_ZONE = "Asia/Shanghai";

const dateTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export function formatDateTime(value: Date | string | null | undefined): string {
  return value ? dateTime.format(new Date(value)) : "";
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
