import { createTRPCRouter } from "../../trpc";

/** 管理后台: every procedure here is built on adminProcedure. */
export const adminRouter = createTRPCRouter({});
