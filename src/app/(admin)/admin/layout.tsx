import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";

export const metadata: Metadata = { title: { template: "%s · 管理后台", default: "管理后台" } };

/** 管理后台 frame: section navigation beside the page. The parent layout has already checked ADMIN. */
export default function AdminFrame({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <aside className="md:w-40 md:shrink-0">
        <AdminNav />
      </aside>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
