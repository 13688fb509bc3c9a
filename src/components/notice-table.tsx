import { EmptyState } from "@/components/page-title";
import { stackedBelowMd } from "@/components/ui/table";
import { formatDateTime } from "@/lib/datetime";
import { labelOf, noticeStatuses } from "@/lib/dictionaries";

type NoticeRow = { id: string; title: string; status: string; startsAt: Date; endsAt: Date };

export function NoticeTable({ notices }: { notices: NoticeRow[] }) {
  if (notices.length === 0) return <EmptyState>暂无申报通知。</EmptyState>;
  return (
    <table className={`w-full text-left text-sm ${stackedBelowMd}`}>
      <thead className="text-slate-500">
        <tr>
          <th className="py-2 font-normal">通知</th>
          <th className="py-2 font-normal">状态</th>
          <th className="py-2 font-normal">申报时间</th>
        </tr>
      </thead>
      <tbody className="divide-y">
        {notices.map((n) => (
          <tr key={n.id}>
            <td className="py-2">{n.title}</td>
            <td className="py-2">{labelOf(noticeStatuses, n.status)}</td>
            <td className="py-2 text-slate-600">
              {formatDateTime(n.startsAt)} 至 {formatDateTime(n.endsAt)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
