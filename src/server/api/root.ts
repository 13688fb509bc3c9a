import { adminRouter } from "./routers/admin";
import { meRouter } from "./routers/me";
import { noticeRouter } from "./routers/notice";
import { workspaceRouter } from "./routers/workspace";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  me: meRouter,
  notice: noticeRouter,
  workspace: workspaceRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
