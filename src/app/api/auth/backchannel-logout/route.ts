import type { NextRequest } from "next/server";
import { env } from "@/env";
import { withErrorResponses } from "@/server/api/errors";
import { handleBackchannelLogout } from "@/server/auth/backchannel-logout";
import { getDb } from "@/server/db";

/** Register `${APP_URL}/api/auth/backchannel-logout` with the identity platform as back-channel logout URI. */
export const POST = withErrorResponses("backchannel-logout", "json", (req: NextRequest) =>
  handleBackchannelLogout(req, env(), getDb()),
);
