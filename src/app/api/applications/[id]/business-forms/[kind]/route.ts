import type { NextRequest } from "next/server";
import { createHttpContext } from "@/server/api/context";
import { serveBusinessForm } from "./serve-business-form";

/** 业务表册 预览 / 下载 (serve-business-form.ts). */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string; kind: string }> }) {
  return serveBusinessForm(await params, req.nextUrl.searchParams, () => createHttpContext(req));
}
