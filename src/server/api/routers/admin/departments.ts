import "server-only";
import {
  createDepartmentSchema,
  listDepartmentsSchema,
  renameDepartmentSchema,
} from "@/lib/admin/departments/department.schema";
import { createDepartment } from "@/server/domain/admin/departments/create-department";
import { listDepartmentOptions } from "@/server/domain/admin/departments/list-department-options";
import { listDepartments } from "@/server/domain/admin/departments/list-departments";
import { renameDepartment } from "@/server/domain/admin/departments/rename-department";
import { adminProcedure, createTRPCRouter } from "../../trpc";

/** 部门管理 */
export const departmentsRouter = createTRPCRouter({
  list: adminProcedure.input(listDepartmentsSchema).query(({ ctx, input }) => listDepartments(ctx.db, input)),
  options: adminProcedure.query(({ ctx }) => listDepartmentOptions(ctx.db)),
  create: adminProcedure
    .input(createDepartmentSchema)
    .mutation(({ ctx, input }) => createDepartment(ctx.db, ctx.user.id, input)),
  rename: adminProcedure
    .input(renameDepartmentSchema)
    .mutation(({ ctx, input }) => renameDepartment(ctx.db, ctx.user.id, input)),
});
