import { COMMITTEE_ROLES } from "@/lib/committee/roles";
import { requireRole } from "@/server/auth/guards";

/** Every page under /committee requires a committee role (member or 主任委员); others get the 403 page. */
export default async function CommitteeLayout({ children }: { children: React.ReactNode }) {
  await requireRole(COMMITTEE_ROLES);
  return children;
}
