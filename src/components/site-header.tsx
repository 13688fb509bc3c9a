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
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-2 px-4">
        <Link href="/" className="text-base font-semibold tracking-wide sm:text-lg">
          职称申报评审及证书管理系统
        </Link>
        {user ? (
          <nav className="flex items-center gap-4 text-sm" aria-label="账户">
            <div className="hidden items-center gap-4 md:flex">
              <WorkspaceLinks user={user} />
            </div>
            <NotificationBell initialCount={unreadCount} />
            <span className="hidden rounded bg-brand-900/40 px-2 py-1 md:inline" data-testid="account-name">
              {user.name}
            </span>
            <div className="hidden md:block">
              <SignOutButton />
            </div>
            {/* Below md the links, the name and 安全退出 fold into a disclosure: a phone has no room
                for them in one row, and wrapping squeezed the name to one character per line. */}
            <details className="group relative md:hidden">
              <summary className="cursor-pointer list-none rounded border border-white/60 px-3 py-1 hover:bg-white/10 [&::-webkit-details-marker]:hidden">
                菜单
              </summary>
              <div className="absolute right-0 top-full z-20 mt-2 flex w-56 flex-col gap-1 rounded-md bg-white p-3 text-slate-800 shadow-lg [&_a]:rounded [&_a]:px-2 [&_a]:py-1.5 [&_a:hover]:bg-slate-100">
                <p className="border-b border-slate-200 px-2 pb-2 font-medium break-words">{user.name}</p>
                <WorkspaceLinks user={user} />
                <div className="mt-1 border-t border-slate-200 pt-2">
                  <SignOutButton />
                </div>
              </div>
            </details>
          </nav>
        ) : (
          // One line beside the portal name on a 375 px phone: smaller there, never wrapped.
          <Link
            href="/login?callbackUrl=%2Fhall"
            className="shrink-0 whitespace-nowrap rounded bg-white px-2.5 py-1 text-xs font-medium text-brand-700 sm:px-3 sm:text-sm"
          >
            个人账号登录入口
          </Link>
        )}
      </div>
    </header>
  );
}

function WorkspaceLinks({ user }: { user: NonNullable<HeaderUser> }) {
  return (
    <>
      <Link href="/hall" className="hover:underline">
        个人网厅
      </Link>
      {workspacesFor(user).map((w) => (
        <Link key={w.href} href={w.href} className="hover:underline">
          {w.label}
        </Link>
      ))}
    </>
  );
}

function SignOutButton() {
  return (
    <form action="/api/logout" method="post">
      <button type="submit" className="rounded border border-current/60 px-3 py-1 hover:bg-current/10">
        安全退出
      </button>
    </form>
  );
}
