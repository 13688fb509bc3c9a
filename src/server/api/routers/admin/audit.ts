import "server-only";
import { listAuditLogSchema } from "@/lib/admin/audit/audit.schema";
import { listAuditLog } from "@/server/domain/admin/audit/list-audit-log";
import { adminProcedure, createTRPCRouter } from "../../trpc";

/** 审计日志 */
export const auditRouter = createTRPCRouter({
  list: adminProcedure.input(listAuditLogSchema).query(({ ctx, input }) => listAuditLog(ctx.db, input)),
});
