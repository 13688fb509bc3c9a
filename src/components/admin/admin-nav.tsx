"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { adminSections } from "./sections";

export function AdminNav() {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/admin" ? pathname === href : pathname.startsWith(href));
  return (
    <nav aria-label="管理后台导航" className="rounded-lg border border-slate-200 bg-white p-2 shadow-sm">
      <p className="px-3 pb-2 pt-1 text-xs font-semibold tracking-wide text-slate-500">管理后台</p>
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
    </nav>
  );
}
