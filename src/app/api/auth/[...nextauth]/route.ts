import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { withErrorResponses } from "@/server/api/errors";
import { authOptions } from "@/server/auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth 4 awaits `params`, so Next 16's promise-valued params work; its types predate them.
const handler = withErrorResponses(
  "auth",
  "text",
  (req: NextRequest, ctx: RouteContext): Promise<Response> =>
    NextAuth(req, ctx as unknown as { params: { nextauth: string[] } }, authOptions()),
);

export { handler as GET, handler as POST };
