/** The message centre's refusals, shared by the server and the page. */
export const notificationMessages = {
  notFound: "未找到该消息，请刷新后重试",
} as const;
