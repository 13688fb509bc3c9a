import { requireRole } from "@/server/auth/guards";

/** Every page under /admin requires the ADMIN role; others get the 403 page. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole("ADMIN");
  return children;
}
