import "server-only";
import type { BindingHistoryInput } from "@/lib/binding/binding.schema";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";

/** 绑定记录: every binding the applicant ever requested, newest first; rows are never deleted. */
export async function listBindingHistory(db: Db, userId: string, input: BindingHistoryInput) {
  const where = { userId };
  return paged(
    input,
    db.unitBinding.findMany({
      where,
      orderBy: [{ requestedAt: "desc" }, { id: "asc" }],
      ...pageWindow(input),
      select: {
        id: true,
        status: true,
        requestedAt: true,
        decidedAt: true,
        endedAt: true,
        rejectReason: true,
        unit: { select: { name: true, creditCode: true } },
      },
    }),
    db.unitBinding.count({ where }),
  );
}
