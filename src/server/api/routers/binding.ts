import "server-only";
import {
  bindingHistorySchema,
  bindingIdSchema,
  creditCodeInputSchema,
  unitNameSearchSchema,
} from "@/lib/binding/binding.schema";
import { findUnitsByName } from "@/server/domain/binding/find-units-by-name";
import { getCurrentBinding } from "@/server/domain/binding/get-current-binding";
import { listBindingHistory } from "@/server/domain/binding/list-binding-history";
import { lookupUnit } from "@/server/domain/binding/lookup-unit";
import { requestBinding } from "@/server/domain/binding/request-binding";
import { unbindBinding } from "@/server/domain/binding/unbind-binding";
import { withdrawBinding } from "@/server/domain/binding/withdraw-binding";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** 个人绑定单位: the applicant's side of binding to a recommending unit; each acts on the caller's own bindings. */
export const bindingRouter = createTRPCRouter({
  lookup: protectedProcedure
    .input(creditCodeInputSchema)
    .query(({ ctx, input }) => lookupUnit(ctx.db, ctx.user.id, input.creditCode)),
  findByName: protectedProcedure
    .input(unitNameSearchSchema)
    .query(({ ctx, input }) => findUnitsByName(ctx.db, input.name)),
  request: protectedProcedure
    .input(creditCodeInputSchema)
    .mutation(({ ctx, input }) => requestBinding(ctx.db, ctx.user.id, input.creditCode)),
  withdraw: protectedProcedure
    .input(bindingIdSchema)
    .mutation(({ ctx, input }) => withdrawBinding(ctx.db, ctx.user.id, input.bindingId)),
  unbind: protectedProcedure
    .input(bindingIdSchema)
    .mutation(({ ctx, input }) => unbindBinding(ctx.db, ctx.user.id, input.bindingId)),
  current: protectedProcedure.query(({ ctx }) => getCurrentBinding(ctx.db, ctx.user.id)),
  history: protectedProcedure
    .input(bindingHistorySchema)
    .query(({ ctx, input }) => listBindingHistory(ctx.db, ctx.user.id, input)),
});
