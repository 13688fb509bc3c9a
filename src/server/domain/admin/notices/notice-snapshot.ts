import "server-only";
import type { Snapshot } from "@/server/domain/shared/changed-fields";

type NoticeContent = {
  title: string;
  body: string;
  series: string;
  levels: string[];
  startsAt: Date;
  endsAt: Date;
  department: { name: string };
  committee: { name: string };
};

/** A notice's content as audit detail: names instead of ids, instants in ISO form. */
export function noticeSnapshot(n: NoticeContent): Snapshot {
  return {
    title: n.title,
    body: n.body,
    series: n.series,
    levels: n.levels,
    department: n.department.name,
    committee: n.committee.name,
    startsAt: n.startsAt.toISOString(),
    endsAt: n.endsAt.toISOString(),
  };
}
