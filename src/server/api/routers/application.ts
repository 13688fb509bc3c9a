import { createTRPCRouter } from "../trpc";

/** 职称评审申报: the applicant's applications. */
export const applicationRouter = createTRPCRouter({});
