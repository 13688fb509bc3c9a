import { requireRole } from "@/server/auth/guards";

/** Every page under /committee requires the COMMITTEE_MEMBER role; others get the 403 page. */
export default async function CommitteeLayout({ children }: { children: React.ReactNode }) {
  await requireRole("COMMITTEE_MEMBER");
  return children;
}
