import "server-only";

/** The review's refusals, shared by every stage. */
export const reviewMessages = {
  alreadyHandled: "该申报已被其他人处理，请刷新",
  notReviewer: "您没有执行此操作的权限",
} as const;
