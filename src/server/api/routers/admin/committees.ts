import "server-only";
import {
  createCommitteeSchema,
  listCommitteesSchema,
  updateCommitteeSchema,
} from "@/lib/admin/committees/committee.schema";
import { createCommittee } from "@/server/domain/admin/committees/create-committee";
import { listCommitteeOptions } from "@/server/domain/admin/committees/list-committee-options";
import { listCommittees } from "@/server/domain/admin/committees/list-committees";
import { updateCommittee } from "@/server/domain/admin/committees/update-committee";
import { adminProcedure, createTRPCRouter } from "../../trpc";

/** 评委会管理 */
export const committeesRouter = createTRPCRouter({
  list: adminProcedure.input(listCommitteesSchema).query(({ ctx, input }) => listCommittees(ctx.db, input)),
  options: adminProcedure.query(({ ctx }) => listCommitteeOptions(ctx.db)),
  create: adminProcedure
    .input(createCommitteeSchema)
    .mutation(({ ctx, input }) => createCommittee(ctx.db, ctx.user.id, input)),
  update: adminProcedure
    .input(updateCommitteeSchema)
    .mutation(({ ctx, input }) => updateCommittee(ctx.db, ctx.user.id, input)),
});
