import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { type ReviewStageCode, reviewStageOf } from "@/lib/review/review-stages";
import { organisationScopes } from "@/lib/roles/role-scopes";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/domain/shared/transaction";

type Holders = { roles: { userId: string }[] };
type Node = { [relation: string]: Node | Holders | null };

/**
 * The people who review `applicationId` at `stage`: the active holders of the stage's reviewer role
 * scoped to the organisation the application names at that stage (its unit, that unit's competent
 * department, its notice's committee — the stage table's `link`), so reviewers of another
 * organisation are never addressed. One statement: the application's path to the organisation,
 * then the organisation's role assignments, loaded as relation joins.
 */
export async function stageReviewerIds(db: Db | Tx, stage: ReviewStageCode, applicationId: string): Promise<string[]> {
  const { reviewer, link } = reviewStageOf(stage);
  const scopeField = link[link.length - 1] as keyof typeof organisationScopes;
  // ["unit", "departmentId"] → the relations application.unit.department, then its role assignments.
  const path: string[] = [...link.slice(0, -1), organisationScopes[scopeField].relation];
  const holders = { roles: { where: { role: reviewer, revokedAt: null }, select: { userId: true } } };
  const select = path.reduceRight<object>((inner, relation) => ({ [relation]: { select: inner } }), holders);
  const application = (await db.application.findUnique({
    where: { id: applicationId },
    select: select as Prisma.ApplicationSelect,
  })) as Node | null;
  let node: Node | Holders | null = application;
  for (const relation of path) node = node ? (node as Node)[relation] : null;
  return node ? (node as Holders).roles.map((r) => r.userId) : [];
}
