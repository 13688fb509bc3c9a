import { createTRPCRouter } from "../trpc";

/** 个人绑定单位: the applicant's side of binding to a recommending unit. */
export const bindingRouter = createTRPCRouter({});
