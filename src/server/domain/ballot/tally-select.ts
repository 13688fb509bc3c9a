import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** The result and tally a closed vote stored on a MeetingApplication (null on each until the close). */
export const tallySelect = {
  result: true,
  agree: true,
  disagree: true,
  abstain: true,
  presentEligible: true,
  threshold: true,
} as const satisfies Prisma.MeetingApplicationSelect;
