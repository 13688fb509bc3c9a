import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { levelsText, seriesText } from "@/components/application/notice-facts";
import { noticeLabels as L } from "@/components/hall/notice-labels";
import { hallRoutes } from "@/components/hall/routes";
import { Card, PageTitle } from "@/components/page-title";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/datetime";
import { requireUser } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: L.pageTitle };

/**
 * One published 申报通知, opened from the hall's notice lists: what it is for, its window and its
 * 申报注意事项 as the department wrote them. Drafts, closed notices and malformed ids are not found.
 */
export default async function NoticePage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const api = await serverApi();
  const notice = await api.notice.get({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <PageTitle title={notice.title} subtitle={L.pageTitle}>
        <Link href={hallRoutes.hall} className="text-sm text-brand-700 hover:underline">
          {L.backToHall}
        </Link>
      </PageTitle>
      <Card title={L.facts}>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-600">{L.series}</dt>
          <dd>{seriesText(notice.series)}</dd>
          <dt className="text-slate-600">{L.levels}</dt>
          <dd>{levelsText(notice.levels)}</dd>
          <dt className="text-slate-600">{L.committee}</dt>
          <dd>{notice.committee.name}</dd>
          <dt className="text-slate-600">{L.department}</dt>
          <dd>{notice.department.name}</dd>
          <dt className="text-slate-600">{L.window}</dt>
          <dd>
            {formatDateTime(notice.startsAt)} {L.to} {formatDateTime(notice.endsAt)}
          </dd>
          <dt className="text-slate-600">{L.state}</dt>
          <dd>
            <Badge tone={notice.isOpen ? "green" : "gray"}>{L.states[notice.windowState]}</Badge>
          </dd>
        </dl>
        {notice.isOpen && (
          <Link
            href={hallRoutes.apply}
            className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {L.apply}
          </Link>
        )}
      </Card>
      <Card title={L.notes}>
        <div className="whitespace-pre-wrap rounded bg-slate-50 px-3 py-2 text-sm leading-relaxed text-slate-800">
          {notice.body}
        </div>
      </Card>
    </div>
  );
}
