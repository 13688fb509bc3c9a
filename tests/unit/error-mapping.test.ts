import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { toTRPCError } from "@/server/api/errors";
import { createCallerFactory, createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { AppError } from "@/server/errors";

/** A router whose one procedure throws what it is given, as domain code would; its input is validated by zod. */
const router = createTRPCRouter({
  fail: publicProcedure.input(z.object({ name: z.string().min(1, "请填写姓名") })).mutation(({ ctx }) => {
    throw (ctx as unknown as { thrown: unknown }).thrown;
  }),
});

/** `error.data` as the client receives it when the procedure throws `thrown` (or its input is `input`). */
async function wireData(thrown: unknown, input: unknown = { name: "张工" }) {
  const caller = createCallerFactory(router)({ thrown } as never);
  const error = await caller.fail(input as { name: string }).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error("expected a TRPCError");
  const shape = getErrorShape({
    config: router._def._config,
    error,
    type: "mutation",
    path: "fail",
    input,
    ctx: undefined,
  });
  return {
    message: shape.message,
    code: shape.data.code,
    fieldErrors: shape.data.fieldErrors,
    reason: shape.data.reason,
    errorId: shape.data.errorId,
    stack: (shape.data as { stack?: string }).stack,
  };
}

/** Runs `work` with console.error captured: the structured log lines it wrote. */
async function logLines<T>(work: () => Promise<T>): Promise<{ result: T; lines: Record<string, unknown>[] }> {
  const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    const result = await work();
    return { result, lines: spy.mock.calls.map((args) => JSON.parse(String(args[0]))) };
  } finally {
    spy.mockRestore();
  }
}

const prismaError = (code: string) => new Prisma.PrismaClientKnownRequestError("db", { code, clientVersion: "7" });

describe("what the client receives in error.data", () => {
  it("invalid input: zod's messages by field, no reason", async () => {
    expect(await wireData(null, { name: "" })).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { name: ["请填写姓名"] },
      reason: null,
      errorId: null,
    });
  });

  it("an AppError naming a field: its message at that field", async () => {
    expect(await wireData(new AppError("NOT_FOUND", "所选主管部门不存在", { field: "departmentId" }))).toEqual({
      message: "所选主管部门不存在",
      code: "NOT_FOUND",
      fieldErrors: { departmentId: ["所选主管部门不存在"] },
      reason: null,
      errorId: null,
    });
  });

  it("an AppError with messages for several fields: the map as is, the message for the banner", async () => {
    const fieldErrors = { "results.2024": ["请选择2024年度考核结果"], name: ["请填写姓名", "姓名过长"] };
    expect(await wireData(new AppError("BAD_REQUEST", "填写内容有误", { fieldErrors }))).toEqual({
      message: "填写内容有误",
      code: "BAD_REQUEST",
      fieldErrors,
      reason: null,
      errorId: null,
    });
  });

  it("an AppError with a reason: the reason beside the transport code, with or without a field", async () => {
    expect(
      await wireData(new AppError("CONFLICT", "已在其他窗口修改", { field: "version", reason: "STALE_VERSION" })),
    ).toEqual({
      message: "已在其他窗口修改",
      code: "CONFLICT",
      fieldErrors: { version: ["已在其他窗口修改"] },
      reason: "STALE_VERSION",
      errorId: null,
    });
    expect(await wireData(new AppError("BAD_REQUEST", "该通知不在申报时间内", { reason: "WINDOW_CLOSED" }))).toEqual({
      message: "该通知不在申报时间内",
      code: "BAD_REQUEST",
      fieldErrors: null,
      reason: "WINDOW_CLOSED",
      errorId: null,
    });
  });

  it("database conflicts are refusals with a reason; a missing row is NOT_FOUND", async () => {
    expect(await wireData(prismaError("P2002"))).toMatchObject({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
    expect(await wireData(prismaError("P2034"))).toMatchObject({ code: "CONFLICT", reason: "WRITE_CONFLICT" });
    expect(await wireData(prismaError("P2025"))).toMatchObject({ code: "NOT_FOUND", reason: null });
  });

  it("anything else is a server fault with no field and no reason", async () => {
    const { result } = await logLines(() => wireData(new Error("relation does not exist")));
    expect(result).toMatchObject({ code: "INTERNAL_SERVER_ERROR", fieldErrors: null, reason: null });
    const db = await logLines(() => wireData(prismaError("P1001")));
    expect(db.result).toMatchObject({ code: "INTERNAL_SERVER_ERROR", reason: null });
  });

  it("a server fault says 系统繁忙 with an error number, and one log line under that number holds the real error", async () => {
    const fault = new Prisma.PrismaClientKnownRequestError(
      'Invalid `prisma.unit.create()` invocation: invalid byte sequence for encoding "UTF8": 0x00',
      { code: "P2010", clientVersion: "7" },
    );
    const { result, lines } = await logLines(() => wireData(fault));
    expect(result.errorId).toMatch(/^[0-9a-f]{8}$/);
    expect(result.message).toBe(`系统繁忙，请稍后重试（错误编号 ${result.errorId}）`);
    expect(JSON.stringify(result)).not.toMatch(/prisma|invocation|UTF8|P2010/i);
    expect(result.stack).toBeUndefined();
    expect(lines).toEqual([
      expect.objectContaining({
        event: "server.fault",
        errorId: result.errorId,
        path: "fail",
        error: expect.objectContaining({ code: "P2010", message: expect.stringContaining("prisma.unit.create()") }),
      }),
    ]);
    // Each fault its own number.
    const again = await logLines(() => wireData(fault));
    expect(again.result.errorId).not.toBe(result.errorId);
  });

  it("a refused input says the field's own message, not zod's report, and carries no stack", async () => {
    const result = await wireData(null, { name: "" });
    expect(result.message).toBe("请填写姓名");
    expect(result.stack).toBeUndefined();
    expect(result.errorId).toBeNull();
  });
});

describe("the one mapping to tRPC errors", () => {
  it("keeps the AppError as the cause, passes tRPC's own errors through, and leaves faults unmapped", () => {
    const refusal = new AppError("FORBIDDEN", "当前状态不可修改", { reason: "NOT_EDITABLE" });
    const mapped = toTRPCError(refusal);
    expect(mapped).toMatchObject({ code: "FORBIDDEN", message: "当前状态不可修改" });
    expect(mapped?.cause).toBe(refusal);
    const own = new TRPCError({ code: "UNAUTHORIZED", message: "请先登录" });
    expect(toTRPCError(own)).toBe(own);
    expect(toTRPCError(new TypeError("x"))).toBeNull();
  });
});
