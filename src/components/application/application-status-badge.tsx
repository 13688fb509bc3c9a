import { Badge, type BadgeTone } from "@/components/ui/badge";
import { type ApplicationStatusCode, applicationStatuses, labelOf } from "@/lib/dictionaries";

const tones: Record<ApplicationStatusCode, BadgeTone> = {
  DRAFT: "gray",
  SUBMITTED: "blue",
  RETURNED: "amber",
  TERMINATED: "red",
  APPROVED: "green",
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatusCode }) {
  return <Badge tone={tones[status]}>{labelOf(applicationStatuses, status)}</Badge>;
}
