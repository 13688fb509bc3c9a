import "server-only";
import { submitInput, validationInput } from "@/lib/submission/submission.schema";
import { getValidation } from "@/server/domain/submission/get-validation";
import { submitApplication } from "@/server/domain/submission/submit-application";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** 数据验证信息 and 提交: the applicant's own application only. */
export const submissionRouter = createTRPCRouter({
  validation: protectedProcedure
    .input(validationInput)
    .query(({ ctx, input }) => getValidation(ctx.db, ctx.user, input.applicationId)),
  submit: protectedProcedure
    .input(submitInput)
    .mutation(({ ctx, input }) => submitApplication(ctx.db, ctx.user, input)),
});
