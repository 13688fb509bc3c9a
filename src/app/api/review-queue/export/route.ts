import type { NextRequest } from "next/server";
import { createHttpContext } from "@/server/api/context";
import { serveQueueExport } from "./serve-queue-export";

/** 导出Excel of a reviewer queue (serve-queue-export.ts). */
export async function GET(req: NextRequest) {
  return serveQueueExport(req.nextUrl.searchParams, () => createHttpContext(req));
}
