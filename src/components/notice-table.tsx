import { EmptyState } from "@/components/page-title";
import { LabelledValue, labelledCell, stackedBelowMd } from "@/components/ui/table";
import { formatDateTime } from "@/lib/datetime";
import { labelOf, noticeStatuses } from "@/lib/dictionaries";

type NoticeRow = { id: string; title: string; status: string; startsAt: Date; endsAt: Date };

const COLUMNS = { notice: "通知", status: "状态", window: "申报时间" };

export function NoticeTable({ notices }: { notices: NoticeRow[] }) {
  if (notices.length === 0) return <EmptyState>暂无申报通知。</EmptyState>;
  return (
    <table className={`w-full text-left text-sm ${stackedBelowMd}`}>
      <thead className="text-slate-500">
        <tr>
          <th className="py-2 font-normal">{COLUMNS.notice}</th>
          <th className="py-2 font-normal">{COLUMNS.status}</th>
          <th className="py-2 font-normal">{COLUMNS.window}</th>
        </tr>
      </thead>
      <tbody className="divide-y">
        {notices.map((n) => (
          <tr key={n.id}>
            <td className="py-2 max-md:font-medium max-md:text-slate-900">{n.title}</td>
            <td className={`py-2 ${labelledCell}`}>
              <LabelledValue label={COLUMNS.status}>{labelOf(noticeStatuses, n.status)}</LabelledValue>
            </td>
            <td className={`py-2 text-slate-600 ${labelledCell}`}>
              <LabelledValue label={COLUMNS.window}>
                {formatDateTime(n.startsAt)} 至 {formatDateTime(n.endsAt)}
              </LabelledValue>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
