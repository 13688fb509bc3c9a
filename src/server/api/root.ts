import "server-only";
import { adminRouter } from "./routers/admin";
import { applicationRouter } from "./routers/application";
import { applicationFormRouter } from "./routers/application-form";
import { attachmentRouter } from "./routers/attachment";
import { ballotRouter } from "./routers/ballot";
import { bindingRouter } from "./routers/binding";
import { certificateRouter } from "./routers/certificate";
import { committeeRouter } from "./routers/committee";
import { meRouter } from "./routers/me";
import { noticeRouter } from "./routers/notice";
import { notificationRouter } from "./routers/notification";
import { progressRouter } from "./routers/progress";
import { publicityRouter } from "./routers/publicity";
import { reviewRouter } from "./routers/review";
import { reviewQueueRouter } from "./routers/review-queue";
import { submissionRouter } from "./routers/submission";
import { unitReviewRouter } from "./routers/unit-review";
import { workspaceRouter } from "./routers/workspace";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  me: meRouter,
  notice: noticeRouter,
  binding: bindingRouter,
  application: applicationRouter,
  applicationForm: applicationFormRouter,
  attachment: attachmentRouter,
  submission: submissionRouter,
  progress: progressRouter,
  review: reviewRouter,
  ballot: ballotRouter,
  workspace: workspaceRouter,
  unitReview: unitReviewRouter,
  reviewQueue: reviewQueueRouter,
  admin: adminRouter,
  notification: notificationRouter,
  publicity: publicityRouter,
  committee: committeeRouter,
  certificate: certificateRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
