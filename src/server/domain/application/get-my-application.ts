import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { applicationViewSelect, toApplicationView } from "./application-view";
import { applicationMessages } from "./messages";

/**
 * One of the caller's applications with its notice's window and organisations. Someone else's id
 * is reported as missing, not forbidden, so ids cannot be probed.
 */
export async function getMyApplication(db: Db, applicantId: string, id: string) {
  const row = await db.application.findFirst({
    where: { id, applicantId },
    select: {
      ...applicationViewSelect,
      notice: {
        select: {
          ...applicationViewSelect.notice.select,
          startsAt: true,
          endsAt: true,
          department: { select: { name: true } },
          committee: { select: { name: true } },
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", applicationMessages.notFound);
  return toApplicationView(row);
}
