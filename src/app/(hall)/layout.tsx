import { requireUser } from "@/server/auth/guards";

export default async function HallLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return children;
}
