import Link from "next/link";
import { ApplicationStatusBadge } from "@/components/application/application-status-badge";
import { levelsText, seriesText } from "@/components/application/notice-facts";
import type { OpenNotice } from "@/components/application/open-notice";
import { EmptyState } from "@/components/page-title";
import { formatDateTime } from "@/lib/datetime";
import { hallLabels as L } from "./labels";
import { hallRoutes } from "./routes";

/** 正在受理的申报通知, deadline first; a notice already applied to shows the application's status. */
export function OpenNotices({ notices }: { notices: OpenNotice[] }) {
  if (notices.length === 0) return <EmptyState>{L.noOpenNotices}</EmptyState>;
  return (
    <ul className="divide-y" aria-label={L.openNotices}>
      {notices.map((n) => (
        <li key={n.id} className="py-3">
          <p className="flex flex-wrap items-center gap-2 font-medium">
            <Link href={hallRoutes.notice(n.id)} className="text-brand-800 underline-offset-2 hover:underline">
              {n.title}
            </Link>
            {n.myApplication && (
              <span className="flex items-center gap-1 text-xs font-normal text-slate-500">
                {L.myApplication}
                <ApplicationStatusBadge status={n.myApplication.status} />
              </span>
            )}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {seriesText(n.series)}
            {L.seriesSuffix} · {levelsText(n.levels)} · {n.committee.name}
          </p>
          <p className="mt-1 text-sm text-slate-500">
            {L.deadline}：{formatDateTime(n.endsAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
