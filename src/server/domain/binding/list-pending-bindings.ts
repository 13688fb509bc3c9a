import "server-only";
import type { PageInput } from "@/lib/pagination";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";
import { maskedPerson, reviewerBindingSelect } from "./reviewer-view";

/**
 * 绑定申请 awaiting the reviewer's units, oldest first so none waits forever. The reviewer sees
 * who is asking, with 身份证号 and mobile masked.
 */
export async function listPendingBindings(db: Db, unitIds: string[], input: PageInput) {
  const where = { status: "PENDING" as const, unitId: { in: unitIds } };
  const result = await paged(
    input,
    db.unitBinding.findMany({
      where,
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      ...pageWindow(input),
      select: { ...reviewerBindingSelect, requestedAt: true },
    }),
    db.unitBinding.count({ where }),
  );
  return {
    ...result,
    items: result.items.map(({ user, ...binding }) => ({
      ...binding,
      applicant: maskedPerson(user),
    })),
  };
}
