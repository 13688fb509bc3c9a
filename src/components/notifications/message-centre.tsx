"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { actionErrorMessage } from "@/components/ui/server-error";
import { formatDateTime } from "@/lib/datetime";
import { notificationWording } from "@/lib/notifications/wording";
import { api, type RouterOutputs } from "@/trpc/react";
import { notificationLabels as L } from "./labels";

type Message = RouterOutputs["notification"]["list"]["items"][number];

const PAGE_SIZE = 20;

/** 消息中心: the caller's messages newest first, 20 at a time, with 标为已读 and 全部标为已读. */
export function MessageCentre() {
  const utils = api.useUtils();
  const list = api.notification.list.useInfiniteQuery(
    { limit: PAGE_SIZE },
    { getNextPageParam: (page) => page.nextCursor, staleTime: 0 },
  );
  const unread = api.notification.unreadCount.useQuery(undefined, { refetchOnWindowFocus: "always" });
  const refresh = () =>
    Promise.all([utils.notification.list.invalidate(), utils.notification.unreadCount.invalidate()]);
  const markRead = api.notification.markRead.useMutation({ onSettled: refresh });
  const markAllRead = api.notification.markAllRead.useMutation({ onSettled: refresh });
  const messages = list.data?.pages.flatMap((page) => page.items) ?? [];
  const failure = list.error ?? markRead.error ?? markAllRead.error;

  return (
    <section className="rounded-lg border bg-white shadow-sm" aria-labelledby="messages-heading">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b px-5 py-3">
        <h2 id="messages-heading" className="font-semibold text-slate-900">
          {L.list}
          {unread.data !== undefined && (
            <span className="ml-2 text-sm font-normal text-slate-500">{L.unreadSummary(unread.data)}</span>
          )}
        </h2>
        <Button
          variant="secondary"
          size="sm"
          disabled={!unread.data}
          pending={markAllRead.isPending}
          onClick={() => markAllRead.mutate()}
        >
          {L.markAllRead}
        </Button>
      </div>
      {failure && (
        <div className="px-5 pt-3">
          <Alert tone="error">{actionErrorMessage(failure)}</Alert>
        </div>
      )}
      {list.isPending ? (
        <p className="px-5 py-6 text-sm text-slate-500">{L.loading}</p>
      ) : messages.length === 0 ? (
        <p className="px-5 py-10 text-center text-sm text-slate-500">{L.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={L.list}>
          {messages.map((message) => (
            <MessageItem
              key={message.id}
              message={message}
              marking={markRead.isPending && markRead.variables?.id === message.id}
              onRead={() => markRead.mutate({ id: message.id })}
            />
          ))}
        </ul>
      )}
      {messages.length > 0 && (
        <div className="border-t px-5 py-3 text-center text-sm">
          {list.hasNextPage ? (
            <Button variant="link" pending={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
              {L.loadMore}
            </Button>
          ) : (
            <span className="text-slate-500">{L.end}</span>
          )}
        </div>
      )}
    </section>
  );
}

function MessageItem({ message, marking, onRead }: { message: Message; marking: boolean; onRead: () => void }) {
  const unread = message.readAt === null;
  return (
    <li className={`flex gap-3 px-5 py-4 ${unread ? "bg-brand-50/50" : ""}`} data-testid="message">
      <span
        aria-hidden="true"
        className={`mt-1.5 size-2 shrink-0 rounded-full ${unread ? "bg-red-500" : "bg-transparent"}`}
      />
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="blue">{notificationWording[message.kind].label}</Badge>
          <h3 className={`text-sm ${unread ? "font-semibold text-slate-900" : "text-slate-700"}`}>{message.title}</h3>
          {unread && <Badge tone="red">{L.unread}</Badge>}
        </div>
        <p className="whitespace-pre-line text-sm text-slate-600">{message.body}</p>
        <div className="flex flex-wrap items-center gap-4 pt-1 text-xs text-slate-500">
          <time dateTime={new Date(message.createdAt).toISOString()}>{formatDateTime(message.createdAt)}</time>
          {message.link && (
            <Link
              href={message.link}
              aria-label={`${L.open}：${message.title}`}
              className="font-medium text-brand-700 hover:underline"
              onClick={() => {
                if (unread) onRead();
              }}
            >
              {L.open}
            </Link>
          )}
          {unread && (
            <Button
              variant="link"
              className="text-xs"
              aria-label={`${L.markRead}：${message.title}`}
              pending={marking}
              onClick={onRead}
            >
              {L.markRead}
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}
