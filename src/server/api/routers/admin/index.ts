import "server-only";
import { getAdminOverview } from "@/server/domain/admin/get-admin-overview";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { auditRouter } from "./audit";
import { calendarRouter } from "./calendar";
import { certificatesRouter } from "./certificates";
import { committeesRouter } from "./committees";
import { departmentsRouter } from "./departments";
import { noticesRouter } from "./notices";
import { rolesRouter } from "./roles";
import { unitsRouter } from "./units";

/** 管理后台: every procedure here is built on adminProcedure. */
export const adminRouter = createTRPCRouter({
  overview: adminProcedure.query(({ ctx }) => getAdminOverview(ctx.db)),
  departments: departmentsRouter,
  committees: committeesRouter,
  units: unitsRouter,
  roles: rolesRouter,
  notices: noticesRouter,
  audit: auditRouter,
  calendar: calendarRouter,
  certificates: certificatesRouter,
});
