import "server-only";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/env";
import { getCurrentUser } from "@/server/auth/current-user";
import { sessionCookie } from "@/server/auth/options";
import { loadSessionUser } from "@/server/auth/session-user";
import { getDb } from "@/server/db";
import { getStorage } from "@/server/storage";
import type { Context } from "./trpc";

/** Context for HTTP calls: the person behind the session cookie, with roles read fresh. */
export async function createHttpContext(req: NextRequest): Promise<Context> {
  const config = env();
  const db = getDb();
  const token = await getToken({ req, secret: config.NEXTAUTH_SECRET, secureCookie: sessionCookie(config).secure });
  return { db, storage: getStorage(), user: token?.uid ? await loadSessionUser(db, token.uid) : null };
}

/** Context for React Server Components. */
export async function createRscContext(): Promise<Context> {
  return { db: getDb(), storage: getStorage(), user: await getCurrentUser() };
}
