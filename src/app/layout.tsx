import type { Metadata } from "next";
import { SiteHeader } from "@/components/site-header";
import { getCurrentUser } from "@/server/auth/current-user";
import { TRPCReactProvider } from "@/trpc/react";
import { serverApi } from "@/trpc/server";
import "./globals.css";

export const metadata: Metadata = {
  title: "职称申报评审及证书管理系统",
  description: "网上办事大厅 · 职称评审申报、审核、证书查询",
  icons: {
    icon: [
      { url: "/favicon.svg", type: "image/svg+xml" },
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
    ],
  },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const unreadCount = user ? await (await serverApi()).notification.unreadCount() : 0;
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans">
        <TRPCReactProvider>
          <SiteHeader user={user} unreadCount={unreadCount} />
          <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
