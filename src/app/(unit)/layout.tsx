import { requireRole } from "@/server/auth/guards";

/** Every page under /unit requires the UNIT_REVIEWER role; others get the 403 page. */
export default async function UnitLayout({ children }: { children: React.ReactNode }) {
  await requireRole("UNIT_REVIEWER");
  return children;
}
