import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { RoleKindCode } from "@/lib/dictionaries";
import { getCurrentUser } from "./current-user";
import { type ActiveRole, rolesOf, type SessionUser } from "./session-user";

/** For pages: the signed-in person, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = (await headers()).get("x-pathname") ?? "/hall";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}

/** For role-gated pages: the person's scopes for `role` (or any of several roles), or the 403 page. */
export async function requireRole(
  role: RoleKindCode | readonly RoleKindCode[],
): Promise<{ user: SessionUser; scopes: ActiveRole[] }> {
  const user = await requireUser();
  const scopes = (typeof role === "string" ? [role] : role).flatMap((r) => rolesOf(user, r));
  if (scopes.length === 0) forbidden();
  return { user, scopes };
}
