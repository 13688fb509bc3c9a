import Link from "next/link";
import type { RoleKindCode } from "@/lib/dictionaries";
import { NotificationBell } from "./notifications/notification-bell";
import { workspacesFor } from "./workspaces";

/** The signed-in person as the header shows them; null when signed out. */
export type HeaderUser = { name: string; roles: readonly { role: RoleKindCode }[] } | null;

/**
 * Top bar on every page: portal name, the person's workspaces, the message bell, account name and
 * 安全退出. The root layout reads the person and their unread count on the server and passes them in.
 */
export function SiteHeader({ user, unreadCount = 0 }: { user: HeaderUser; unreadCount?: number }) {
  return (
    <header className="bg-brand-700 text-white shadow">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between px-4">
        <Link href="/" className="text-lg font-semibold tracking-wide">
          职称申报评审及证书管理系统
        </Link>
        {user ? (
          <nav className="flex items-center gap-4 text-sm" aria-label="账户">
            <Link href="/hall" className="hover:underline">
              个人网厅
            </Link>
            {workspacesFor(user).map((w) => (
              <Link key={w.href} href={w.href} className="hover:underline">
                {w.label}
              </Link>
            ))}
            <NotificationBell initialCount={unreadCount} />
            <span className="rounded bg-brand-900/40 px-2 py-1" data-testid="account-name">
              {user.name}
            </span>
            <form action="/api/logout" method="post">
              <button type="submit" className="rounded border border-white/60 px-3 py-1 hover:bg-white/10">
                安全退出
              </button>
            </form>
          </nav>
        ) : (
          <Link
            href="/login?callbackUrl=%2Fhall"
            className="rounded bg-white px-3 py-1 text-sm font-medium text-brand-700"
          >
            个人账号登录入口
          </Link>
        )}
      </div>
    </header>
  );
}
