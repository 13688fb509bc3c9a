import type { RoleKindCode } from "@/lib/dictionaries";

/**
 * The roles that open /committee: the committee's members (experts, who sit on panels) and its
 * 主任委员 (who keeps the expert pool and runs the meetings).
 */
export const COMMITTEE_ROLES = ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR"] as const satisfies readonly RoleKindCode[];
