import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth 4 awaits `params`, so Next 16's promise-valued params work; its types predate them.
const handler = (req: NextRequest, ctx: RouteContext) =>
  NextAuth(req, ctx as unknown as { params: { nextauth: string[] } }, authOptions());

export { handler as GET, handler as POST };
