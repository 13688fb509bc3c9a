import "server-only";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/server/db";
import { authOptions } from "./options";
import { loadSessionUser, type SessionUser } from "./session-user";

/** The signed-in person with fresh roles, once per request; null when signed out. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // Reading cookies first marks every page that shows the person as per-request (never prerendered).
  await cookies();
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  return id ? loadSessionUser(getDb(), id) : null;
});
