import "server-only";
import type { AttachmentView } from "@/lib/attachments/attachment-view";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { applicationMessages } from "../application/messages";
import { attachmentViewSelect, toAttachmentView } from "./attachment-view";
import { readableApplicationsWhere } from "./readable-applications";

/** Every file of an application the caller may read, oldest first; one query. */
export async function listAttachments(db: Db, user: SessionUser, applicationId: string): Promise<AttachmentView[]> {
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, readableApplicationsWhere(user)] },
    select: { attachments: { select: attachmentViewSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
    relationLoadStrategy: "join",
  });
  if (!application) throw new AppError("NOT_FOUND", applicationMessages.notFound);
  return application.attachments.map(toAttachmentView);
}
