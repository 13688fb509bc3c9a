import "server-only";
import { env } from "@/env";
import { lookupCertificateSchema } from "@/lib/certificates/certificate.schema";
import { certificateIssuer } from "@/server/domain/certificates/certificate-issuer";
import { listMyCertificates } from "@/server/domain/certificates/list-my-certificates";
import { issueLookupCaptcha } from "@/server/domain/certificates/lookup-captcha";
import { lookupCertificate } from "@/server/domain/certificates/lookup-certificate";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";

/** 电子职称证书: the holder's list, and the public 证书查询 with its captcha. */
export const certificateRouter = createTRPCRouter({
  mine: protectedProcedure.query(({ ctx }) => listMyCertificates(ctx.db, ctx.user.id)),
  captcha: publicProcedure.mutation(() => issueLookupCaptcha(env().NEXTAUTH_SECRET, new Date())),
  lookup: publicProcedure.input(lookupCertificateSchema).mutation(({ ctx, input }) =>
    lookupCertificate(ctx.db, input, {
      clientAddress: ctx.clientAddress ?? "unknown",
      captchaSecret: env().NEXTAUTH_SECRET,
      keys: certificateIssuer().keys,
      now: new Date(),
    }),
  ),
});
