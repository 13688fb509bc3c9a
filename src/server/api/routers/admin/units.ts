import "server-only";
import { createUnitSchema, listUnitsSchema, updateUnitSchema } from "@/lib/admin/units/unit.schema";
import { createUnit } from "@/server/domain/admin/units/create-unit";
import { listUnits } from "@/server/domain/admin/units/list-units";
import { updateUnit } from "@/server/domain/admin/units/update-unit";
import { adminProcedure, createTRPCRouter } from "../../trpc";

/** 单位管理 */
export const unitsRouter = createTRPCRouter({
  list: adminProcedure.input(listUnitsSchema).query(({ ctx, input }) => listUnits(ctx.db, input)),
  create: adminProcedure.input(createUnitSchema).mutation(({ ctx, input }) => createUnit(ctx.db, ctx.user.id, input)),
  update: adminProcedure.input(updateUnitSchema).mutation(({ ctx, input }) => updateUnit(ctx.db, ctx.user.id, input)),
});
