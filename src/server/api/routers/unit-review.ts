import "server-only";
import {
  bindingIdSchema,
  pendingBindingsSchema,
  rejectBindingSchema,
  unitMembersSchema,
} from "@/lib/binding/binding.schema";
import { approveBinding } from "@/server/domain/binding/approve-binding";
import { listPendingBindings } from "@/server/domain/binding/list-pending-bindings";
import { listUnitMembers } from "@/server/domain/binding/list-unit-members";
import { rejectBinding } from "@/server/domain/binding/reject-binding";
import { reviewerUnitIds } from "@/server/domain/binding/reviewer-units";
import { createTRPCRouter, roleProcedure } from "../trpc";

const unitReviewer = roleProcedure("UNIT_REVIEWER");

/** 单位工作台: the recommending unit's reviewers, limited to the units their roles name. */
export const unitReviewRouter = createTRPCRouter({
  pendingBindings: unitReviewer
    .input(pendingBindingsSchema)
    .query(({ ctx, input }) => listPendingBindings(ctx.db, reviewerUnitIds(ctx.scopes, input.unitId), input)),
  approveBinding: unitReviewer
    .input(bindingIdSchema)
    .mutation(({ ctx, input }) => approveBinding(ctx.db, ctx.user.id, reviewerUnitIds(ctx.scopes), input.bindingId)),
  rejectBinding: unitReviewer
    .input(rejectBindingSchema)
    .mutation(({ ctx, input }) => rejectBinding(ctx.db, ctx.user.id, reviewerUnitIds(ctx.scopes), input)),
  members: unitReviewer
    .input(unitMembersSchema)
    .query(({ ctx, input }) => listUnitMembers(ctx.db, reviewerUnitIds(ctx.scopes, input.unitId), input)),
});
