import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { readUnitSnapshot } from "./unit-snapshot";

/** The columns every applicant-facing view of an application reads. */
export const applicationViewSelect = {
  id: true,
  status: true,
  unitSnapshot: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  notice: { select: { id: true, title: true, series: true, levels: true } },
} satisfies Prisma.ApplicationSelect;

type ApplicationRow = Prisma.ApplicationGetPayload<{ select: typeof applicationViewSelect }>;

/** Replaces the stored JSON snapshot with the typed recommending unit. */
export function toApplicationView<T extends ApplicationRow>({ unitSnapshot, ...row }: T) {
  return { ...row, unit: readUnitSnapshot(unitSnapshot) };
}
