import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { env } from "@/env";
import { getDb } from "@/server/db";
import { sessionCookie } from "./options";
import { userFromSessionCookie } from "./session-token";
import type { SessionUser } from "./session-user";

/** The signed-in person with fresh roles, once per request; null when signed out. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // Reading cookies marks every page that shows the person as per-request (never prerendered).
  const store = await cookies();
  const config = env();
  return userFromSessionCookie(getDb(), config, store.get(sessionCookie(config).name)?.value);
});
