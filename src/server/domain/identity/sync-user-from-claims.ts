import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";

/** What the identity platform asserts about a person in its ID token. */
export type IdentityClaims = {
  sub: string;
  name: string;
  idCardNumber?: string | null;
  mobile?: string | null;
};

/**
 * Creates or updates the person from the identity platform's claims at each sign-in.
 * A person an admin registered ahead of time (by 身份证号, not yet signed in) is linked to the
 * platform account instead of duplicated, so roles granted in advance take effect at first sign-in.
 */
export async function syncUserFromClaims(db: Db, claims: IdentityClaims, now = new Date()): Promise<{ id: string }> {
  const idCardNumber = claims.idCardNumber?.trim().toUpperCase() || null;
  const fields = { name: claims.name, mobile: claims.mobile ?? null, lastSignInAt: now };
  return db.$transaction(async (tx) => {
    const known = await tx.user.findUnique({ where: { ssoSubject: claims.sub }, select: { id: true } });
    if (known) {
      await tx.user.update({ where: { id: known.id }, data: { ...fields, ...(idCardNumber ? { idCardNumber } : {}) } });
      return known;
    }
    const preRegistered = idCardNumber
      ? await tx.user.findUnique({ where: { idCardNumber }, select: { id: true, ssoSubject: true } })
      : null;
    if (preRegistered?.ssoSubject) {
      throw new AppError("CONFLICT", "该身份证号已绑定其他统一身份认证账号，请联系管理员", {
        reason: "ALREADY_EXISTS",
      });
    }
    if (preRegistered) {
      await tx.user.update({ where: { id: preRegistered.id }, data: { ...fields, ssoSubject: claims.sub } });
      await recordAudit(tx, {
        actorId: preRegistered.id,
        action: "user.link",
        entityType: "User",
        entityId: preRegistered.id,
      });
      return { id: preRegistered.id };
    }
    const created = await tx.user.create({
      data: { ...fields, ssoSubject: claims.sub, idCardNumber },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: created.id, action: "user.create", entityType: "User", entityId: created.id });
    return created;
  });
}
