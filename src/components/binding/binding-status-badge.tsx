import { Badge, type BadgeTone } from "@/components/ui/badge";
import { type BindingStatusCode, bindingStatuses, labelOf } from "@/lib/dictionaries";

const tones: Record<BindingStatusCode, BadgeTone> = {
  PENDING: "amber",
  APPROVED: "green",
  REJECTED: "red",
  WITHDRAWN: "gray",
  UNBOUND: "gray",
};

export function BindingStatusBadge({ status }: { status: BindingStatusCode }) {
  return <Badge tone={tones[status]}>{labelOf(bindingStatuses, status)}</Badge>;
}
