import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ApplicationContent } from "@/lib/application/content.types";
import type { Db } from "@/server/db";

export type SubmittedSnapshot = {
  id: string;
  sequence: number;
  submittedAt: Date;
  ruleSetVersion: number;
  digest: string;
  content: ApplicationContent;
};

/**
 * The latest submitted snapshot of the one application `where` finds (the caller's access rule),
 * or null when it was never submitted: what the 业务表册, the reviewers and the certificate read
 * once the application has left the applicant's hands, instead of the live tables.
 */
export async function loadLatestSubmission(
  db: Db,
  where: Prisma.ApplicationWhereInput,
): Promise<SubmittedSnapshot | null> {
  const row = await db.applicationSubmission.findFirst({
    where: { application: where },
    orderBy: { sequence: "desc" },
    select: { id: true, sequence: true, submittedAt: true, ruleSetVersion: true, digest: true, content: true },
  });
  return row ? { ...row, content: row.content as unknown as ApplicationContent } : null;
}
