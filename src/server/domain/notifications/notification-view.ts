import "server-only";

/** A message as the message centre shows it. */
export const notificationViewSelect = {
  id: true,
  kind: true,
  title: true,
  body: true,
  applicationId: true,
  link: true,
  createdAt: true,
  readAt: true,
} as const;
