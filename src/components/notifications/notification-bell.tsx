"use client";

import Link from "next/link";
import { api } from "@/trpc/react";
import { notificationLabels as L } from "./labels";

/**
 * The header's bell with the number of unread messages. The layout passes the count it read on
 * the server; the browser refreshes it when the page regains focus, every minute while the page is
 * visible, and whenever the message centre marks messages read.
 */
export function NotificationBell({ initialCount }: { initialCount: number }) {
  const { data: unread } = api.notification.unreadCount.useQuery(undefined, {
    initialData: initialCount,
    staleTime: 60_000,
    refetchOnWindowFocus: "always",
    refetchInterval: 60_000,
  });
  const label = L.bell(unread);
  return (
    <Link
      href="/messages"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative rounded p-1.5 hover:bg-white/10 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white"
    >
      <svg
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        aria-hidden="true"
      >
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M14.857 17.082a23.848 23.848 0 0 0 5.454-1.31A8.967 8.967 0 0 1 18 9.75V9A6 6 0 0 0 6 9v.75a8.967 8.967 0 0 1-2.312 6.022c1.733.64 3.56 1.085 5.455 1.31m5.714 0a24.255 24.255 0 0 1-5.714 0m5.714 0a3 3 0 1 1-5.714 0"
        />
      </svg>
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="absolute -right-1 -top-1 min-w-[1.125rem] rounded-full bg-red-700 px-1 text-center text-[0.6875rem] font-semibold leading-[1.125rem] text-white ring-2 ring-brand-700"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
