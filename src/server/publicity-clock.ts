import "server-only";
import { readFileSync } from "node:fs";
import { env } from "@/env";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "Now" as the 公示 rules read it: when results are published (the period's first day), whether an
 * objection still comes in time, and which periods have ended for 终审通过. It is the system clock,
 * unless PUBLICITY_CLOCK_FILE (tests and demos on localhost only, see src/env.ts) names a file
 * holding a whole number of days to run ahead: a browser test — or a person trying the demo — can
 * then reach the end of a five-working-day period without waiting a week. The file is read at every
 * call, so moving the calendar forward needs no restart; a missing or unreadable file means 0.
 */
export function publicityNow(file = env().PUBLICITY_CLOCK_FILE): Date {
  if (!file) return new Date();
  let days = 0;
  try {
    const text = readFileSync(file, "utf8").trim();
    days = /^-?\d{1,4}$/.test(text) ? Number(text) : 0;
  } catch {
    days = 0;
  }
  return new Date(Date.now() + days * DAY_MS);
}
