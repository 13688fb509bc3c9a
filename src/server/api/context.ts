import "server-only";
import type { NextRequest } from "next/server";
import { env } from "@/env";
import { getCurrentUser } from "@/server/auth/current-user";
import { sessionCookie } from "@/server/auth/options";
import { userFromSessionCookie } from "@/server/auth/session-token";
import { getDb } from "@/server/db";
import { getStorage } from "@/server/storage";
import { clientAddressOf } from "./client-address";
import type { Context } from "./trpc";

/** Context for HTTP calls: the person behind the session cookie, with roles read fresh. */
export async function createHttpContext(req: NextRequest): Promise<Context> {
  const config = env();
  const db = getDb();
  const user = await userFromSessionCookie(db, config, req.cookies.get(sessionCookie(config).name)?.value);
  return { db, storage: getStorage(), user, clientAddress: clientAddressOf(req.headers) };
}

/** Context for React Server Components. */
export async function createRscContext(): Promise<Context> {
  return { db: getDb(), storage: getStorage(), user: await getCurrentUser() };
}
