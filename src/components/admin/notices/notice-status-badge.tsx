import { Badge, type BadgeTone } from "@/components/ui/badge";
import { labelOf, type NoticeStatusCode, noticeStatuses } from "@/lib/dictionaries";

const tones: Record<NoticeStatusCode, BadgeTone> = { DRAFT: "amber", PUBLISHED: "green", CLOSED: "gray" };

export function NoticeStatusBadge({ status }: { status: NoticeStatusCode }) {
  return <Badge tone={tones[status]}>{labelOf(noticeStatuses, status)}</Badge>;
}
