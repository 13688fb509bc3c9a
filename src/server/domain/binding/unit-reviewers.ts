import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Units without a 推荐单位审核人 now (revoked roles left out). A binding request to such a unit
 * would wait for a decision nobody can make, so the unit refuses requests (request-binding.ts)
 * and the admin's overview lists it for a reviewer to be appointed (get-admin-overview.ts).
 */
export const withoutActiveReviewer = {
  roles: { none: { role: "UNIT_REVIEWER", revokedAt: null } },
} satisfies Prisma.UnitWhereInput;
