import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { describe, expect, it } from "vitest";
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
async function wireData(thrown: unknown, input = { name: "张工" }) {
  const caller = createCallerFactory(router)({ thrown } as never);
  const error = await caller.fail(input).then(
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
  };
}

const prismaError = (code: string) => new Prisma.PrismaClientKnownRequestError("db", { code, clientVersion: "7" });

describe("what the client receives in error.data", () => {
  it("invalid input: zod's messages by field, no reason", async () => {
    expect(await wireData(null, { name: "" })).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { name: ["请填写姓名"] },
      reason: null,
    });
  });

  it("an AppError naming a field: its message at that field", async () => {
    expect(await wireData(new AppError("NOT_FOUND", "所选主管部门不存在", { field: "departmentId" }))).toEqual({
      message: "所选主管部门不存在",
      code: "NOT_FOUND",
      fieldErrors: { departmentId: ["所选主管部门不存在"] },
      reason: null,
    });
  });

  it("an AppError with messages for several fields: the map as is, the message for the banner", async () => {
    const fieldErrors = { "results.2024": ["请选择2024年度考核结果"], name: ["请填写姓名", "姓名过长"] };
    expect(await wireData(new AppError("BAD_REQUEST", "填写内容有误", { fieldErrors }))).toEqual({
      message: "填写内容有误",
      code: "BAD_REQUEST",
      fieldErrors,
      reason: null,
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
    });
    expect(await wireData(new AppError("BAD_REQUEST", "该通知不在申报时间内", { reason: "WINDOW_CLOSED" }))).toEqual({
      message: "该通知不在申报时间内",
      code: "BAD_REQUEST",
      fieldErrors: null,
      reason: "WINDOW_CLOSED",
    });
  });

  it("database conflicts are refusals with a reason; a missing row is NOT_FOUND", async () => {
    expect(await wireData(prismaError("P2002"))).toMatchObject({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
    expect(await wireData(prismaError("P2034"))).toMatchObject({ code: "CONFLICT", reason: "WRITE_CONFLICT" });
    expect(await wireData(prismaError("P2025"))).toMatchObject({ code: "NOT_FOUND", reason: null });
  });

  it("anything else is a server fault with no field and no reason", async () => {
    expect(await wireData(new Error("relation does not exist"))).toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
      fieldErrors: null,
      reason: null,
    });
    expect(await wireData(prismaError("P1001"))).toMatchObject({ code: "INTERNAL_SERVER_ERROR", reason: null });
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
