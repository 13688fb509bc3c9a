import type { NextRequest } from "next/server";
import { env } from "@/env";
import { handleBackchannelLogout } from "@/server/auth/backchannel-logout";
import { getDb } from "@/server/db";

/** Register `${APP_URL}/api/auth/backchannel-logout` with the identity platform as back-channel logout URI. */
export function POST(req: NextRequest) {
  return handleBackchannelLogout(req, env(), getDb());
}
