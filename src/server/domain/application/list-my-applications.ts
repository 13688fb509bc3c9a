import "server-only";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";
import type { MyApplicationsInput } from "./application.schema";
import { applicationViewSelect, toApplicationView } from "./application-view";

/** 我的申报: the caller's own applications, newest first. */
export async function listMyApplications(db: Db, applicantId: string, input: MyApplicationsInput) {
  const where = { applicantId };
  const page = await paged(
    input,
    db.application.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      ...pageWindow(input),
      select: applicationViewSelect,
    }),
    db.application.count({ where }),
  );
  return { ...page, items: page.items.map(toApplicationView) };
}
