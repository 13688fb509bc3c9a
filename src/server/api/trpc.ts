import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import "@/lib/zod-locale";
import { ZodError, z } from "zod";
import type { RoleKindCode } from "@/lib/dictionaries";
import { type ReviewStageCode, reviewStageOf } from "@/lib/review/review-stages";
import { publicError, toTRPCError } from "@/server/api/errors";
import { type ActiveRole, rolesOf, type SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { loadReviewedApplication } from "@/server/domain/review/load-reviewed-application";
import { AppError } from "@/server/errors";
import type { FileStorage } from "@/server/storage/types";

/**
 * The tRPC context and the procedure builders every router uses. Authorization happens here
 * (who may call) and in each domain query (whose data it is); pages never decide it alone.
 */
export type Context = {
  db: Db;
  storage: FileStorage;
  user: SessionUser | null;
  /** The client's address (src/server/api/client-address.ts), for the public forms' rate limits. */
  clientAddress?: string;
};

/**
 * Field-level messages for forms: zod issues by path (invalid input), or the fields an AppError
 * names (several in `fieldErrors`, or the one `field` its message belongs to).
 */
function fieldErrorsOf(cause: unknown): Record<string, string[] | undefined> | null {
  if (cause instanceof ZodError) return z.flattenError(cause).fieldErrors;
  if (!(cause instanceof AppError)) return null;
  return cause.fieldErrors ?? (cause.field ? { [cause.field]: [cause.message] } : null);
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  /**
   * What a client learns of an error: the message of src/server/api/errors.ts's publicError (a
   * fault: 「系统繁忙…（错误编号 …）」 and a log line), the fields, the reason, the fault's number,
   * and never a stack trace, which tRPC would otherwise send outside production.
   */
  errorFormatter({ shape, error, path }) {
    const cause = error.cause;
    const { message, errorId } = publicError(error, path);
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      message,
      data: {
        ...data,
        fieldErrors: fieldErrorsOf(cause),
        /** What the refusal means (ErrorReason), for browser code that reacts to it; null when nothing special. */
        reason: cause instanceof AppError ? (cause.reason ?? null) : null,
        /** A server fault's number, shown to the person and found in the log; null for a refusal. */
        errorId,
      },
    };
  },
});

/** Turns domain and database errors into client errors; anything unknown stays a 500. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause ?? result.error);
    if (mapped) throw mapped;
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(mapErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "请先登录" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * A procedure callable only by holders of `role` (or of any of several roles); `ctx.scopes` lists
 * the organisations they act for, so queries filter by them instead of trusting ids from the client.
 */
export function roleProcedure(role: RoleKindCode | readonly RoleKindCode[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    const scopes: ActiveRole[] = (typeof role === "string" ? [role] : role).flatMap((r) => rolesOf(ctx.user, r));
    if (scopes.length === 0) throw new TRPCError({ code: "FORBIDDEN", message: "您没有执行此操作的权限" });
    return next({ ctx: { ...ctx, scopes } });
  });
}

export const adminProcedure = roleProcedure("ADMIN");

/**
 * A procedure of the reviewers of `stage` that acts on one application, named by `applicationId`
 * in its input. The application is loaded through the caller's scope for that stage (the stage
 * table's role and link, src/lib/review/review-stages.ts) into `ctx.application`, so no handler can
 * reach one outside it; one outside it is NOT_FOUND, like one that does not exist.
 */
export function reviewerProcedure(stage: ReviewStageCode) {
  return roleProcedure(reviewStageOf(stage).reviewer)
    .input(z.object({ applicationId: z.uuid("参数无效") }))
    .use(async ({ ctx, input, next }) => {
      const application = await loadReviewedApplication(ctx.db, ctx.scopes, stage, input.applicationId);
      return next({ ctx: { ...ctx, application } });
    });
}
