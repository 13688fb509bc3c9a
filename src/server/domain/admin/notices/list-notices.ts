import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ListNoticesInput } from "@/lib/admin/notices/notice.schema";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";

export async function listNotices(db: Db, input: ListNoticesInput) {
  const where: Prisma.NoticeWhereInput = {
    ...(input.status ? { status: input.status } : {}),
    ...(input.q ? { title: { contains: input.q, mode: "insensitive" } } : {}),
  };
  return paged(
    input,
    db.notice.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      ...pageWindow(input),
      select: {
        id: true,
        title: true,
        series: true,
        levels: true,
        status: true,
        startsAt: true,
        endsAt: true,
        publishedAt: true,
        closedAt: true,
        department: { select: { name: true } },
        committee: { select: { name: true } },
        createdBy: { select: { name: true } },
      },
    }),
    db.notice.count({ where }),
  );
}
