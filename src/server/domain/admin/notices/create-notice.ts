import "server-only";
import type { CreateNoticeInput } from "@/lib/admin/notices/notice.schema";
import { fromShanghaiLocalInput } from "@/lib/datetime";
import type { Db } from "@/server/db";
import { recordAudit } from "../../audit/record-audit";
import { checkNoticeReferences } from "./check-notice-references";
import { noticeSnapshot } from "./notice-snapshot";

/** A new notice starts as 未发布 (DRAFT); applicants see it only after it is published. */
export async function createNotice(db: Db, actorId: string, input: CreateNoticeInput) {
  return db.$transaction(async (tx) => {
    const { department, committee } = await checkNoticeReferences(tx, input);
    const content = {
      title: input.title,
      body: input.body,
      series: input.series,
      levels: input.levels,
      startsAt: fromShanghaiLocalInput(input.startsAt),
      endsAt: fromShanghaiLocalInput(input.endsAt),
    };
    const notice = await tx.notice.create({
      data: { ...content, departmentId: department.id, committeeId: committee.id, createdById: actorId },
      select: { id: true, title: true, status: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "notice.create",
      entityType: "Notice",
      entityId: notice.id,
      toStatus: notice.status,
      detail: noticeSnapshot({ ...content, department, committee }),
    });
    return notice;
  });
}
