import { createTRPCRouter } from "../trpc";

/** 单位工作台: the recommending unit's reviewers (binding requests, members). */
export const unitReviewRouter = createTRPCRouter({});
