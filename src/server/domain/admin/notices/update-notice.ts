import "server-only";
import { noticeMessages } from "@/lib/admin/notices/messages";
import type { UpdateNoticeInput } from "@/lib/admin/notices/notice.schema";
import { isNoticeEditable } from "@/lib/admin/notices/notice-status";
import { fromShanghaiLocalInput } from "@/lib/datetime";
import type { Db } from "@/server/db";
import { noticeContentSelect } from "@/server/domain/notice/notice-select";
import { changedFields } from "@/server/domain/shared/changed-fields";
import { AppError } from "@/server/errors";
import { recordAudit } from "../../audit/record-audit";
import { checkNoticeReferences } from "./check-notice-references";
import { noticeSnapshot } from "./notice-snapshot";

export async function updateNotice(db: Db, actorId: string, input: UpdateNoticeInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.notice.findUnique({
      where: { id: input.id },
      select: { ...noticeContentSelect, status: true },
    });
    if (!before) throw new AppError("NOT_FOUND", noticeMessages.notFound);
    if (!isNoticeEditable(before.status))
      throw new AppError("CONFLICT", noticeMessages.notEditable, { reason: "NOT_EDITABLE" });
    const { department, committee } = await checkNoticeReferences(tx, input);
    const content = {
      title: input.title,
      body: input.body,
      series: input.series,
      levels: input.levels,
      startsAt: fromShanghaiLocalInput(input.startsAt),
      endsAt: fromShanghaiLocalInput(input.endsAt),
    };
    // Conditional on DRAFT: a publish that commits between the read above and this write must
    // not be followed by silent changes to the published text.
    const { count } = await tx.notice.updateMany({
      where: { id: input.id, status: "DRAFT" },
      data: { ...content, departmentId: department.id, committeeId: committee.id },
    });
    if (count === 0) throw new AppError("CONFLICT", noticeMessages.statusChanged, { reason: "ALREADY_HANDLED" });
    await recordAudit(tx, {
      actorId,
      action: "notice.update",
      entityType: "Notice",
      entityId: input.id,
      detail: changedFields(noticeSnapshot(before), noticeSnapshot({ ...content, department, committee })),
    });
    return { id: input.id, title: content.title, status: before.status };
  });
}
