import type { Db } from "@/server/db";
import { maskIdCard, maskMobile } from "@/lib/mask";
import { type PageInput, paged, pageWindow } from "@/server/domain/shared/pagination";

/**
 * 绑定申请 awaiting the reviewer's units, oldest first so none waits forever. The reviewer sees
 * who is asking, with 身份证号 and mobile masked: they recognise staff, they do not need the numbers.
 */
export async function listPendingBindings(db: Db, unitIds: string[], input: PageInput) {
  const where = { status: "PENDING" as const, unitId: { in: unitIds } };
  const result = await paged(
    input,
    db.unitBinding.findMany({
      where,
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      ...pageWindow(input),
      select: {
        id: true,
        requestedAt: true,
        unit: { select: { id: true, name: true } },
        user: { select: { name: true, idCardNumber: true, mobile: true } },
      },
    }),
    db.unitBinding.count({ where }),
  );
  return {
    ...result,
    items: result.items.map(({ user, ...binding }) => ({
      ...binding,
      applicant: { name: user.name, idCardNumber: maskIdCard(user.idCardNumber), mobile: maskMobile(user.mobile) },
    })),
  };
}
