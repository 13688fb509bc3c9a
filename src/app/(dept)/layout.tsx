import { requireRole } from "@/server/auth/guards";

/** Every page under /dept requires the DEPT_REVIEWER role; others get the 403 page. */
export default async function DeptLayout({ children }: { children: React.ReactNode }) {
  await requireRole("DEPT_REVIEWER");
  return children;
}
