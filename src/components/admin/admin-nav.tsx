"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { CompactNav } from "@/components/ui/compact-nav";
import { adminSections } from "./sections";

const NAME = "管理后台导航";
const TITLE = "管理后台";

/** 管理后台's sections beside the page; below md a compact selector naming the section you are in. */
export function AdminNav() {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/admin" ? pathname === href : pathname.startsWith(href));
  const current = adminSections.find((s) => isCurrent(s.href));
  const links = (
    <ul className="space-y-0.5">
      {adminSections.map((s) => (
        <li key={s.href}>
          <Link
            href={s.href}
            aria-current={isCurrent(s.href) ? "page" : undefined}
            className="block rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-700"
          >
            {s.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {/* Keyed by the address: the layout outlives a client-side navigation, and a new page starts folded. */}
      <CompactNav key={pathname} summary={current ? `${TITLE}：${current.label}` : TITLE}>
        <nav aria-label={NAME}>{links}</nav>
      </CompactNav>
      <nav aria-label={NAME} className="rounded-lg border border-slate-200 bg-white p-2 shadow-sm max-md:hidden">
        <p className="px-3 pb-2 pt-1 text-xs font-semibold tracking-wide text-slate-500">{TITLE}</p>
        {links}
      </nav>
    </>
  );
}
