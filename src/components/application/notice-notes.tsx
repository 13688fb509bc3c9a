import { formatDateTime } from "@/lib/datetime";
import { applyLabels as L } from "./labels";
import { levelsText, seriesText } from "./notice-facts";
import type { OpenNotice } from "./open-notice";

/** One notice's 申报注意事项, folded under its title; line breaks are kept as the department wrote them. */
export function NoticeNotes({ notice, open }: { notice: OpenNotice; open: boolean }) {
  return (
    <details open={open} className="group rounded-md border border-slate-200 bg-white">
      <summary className="cursor-pointer list-inside px-4 py-2.5 font-medium text-slate-900 hover:bg-slate-50">
        {notice.title}
      </summary>
      <div className="space-y-3 border-t border-slate-100 px-4 py-3 text-sm">
        <p className="text-slate-600">
          {seriesText(notice.series)} · {levelsText(notice.levels)} · {L.committee}：{notice.committee.name} ·{" "}
          {L.department}：{notice.department.name}
        </p>
        <p className="text-slate-600">
          {L.window}：{formatDateTime(notice.startsAt)} {L.to} {formatDateTime(notice.endsAt)}
        </p>
        <div className="whitespace-pre-wrap rounded bg-slate-50 px-3 py-2 leading-relaxed text-slate-800">
          {notice.body}
        </div>
      </div>
    </details>
  );
}
