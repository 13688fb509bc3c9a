import "server-only";
import { noticeMessages } from "@/lib/admin/notices/messages";
import type { CreateNoticeInput } from "@/lib/admin/notices/notice.schema";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { requireCommittee } from "../committees/require-committee";
import { requireDepartment } from "../departments/require-department";

/** The notice's department and committee; the committee must review the notice's 职称系列. */
export async function checkNoticeReferences(
  tx: Tx,
  input: Pick<CreateNoticeInput, "departmentId" | "committeeId" | "series">,
) {
  const department = await requireDepartment(tx, input.departmentId);
  const committee = await requireCommittee(tx, input.committeeId);
  if (committee.series !== input.series) {
    throw new AppError("BAD_REQUEST", noticeMessages.committeeSeriesMismatch(committee.series), {
      field: "committeeId",
    });
  }
  return { department, committee };
}
