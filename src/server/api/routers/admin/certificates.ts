import "server-only";
import { listCertificatesSchema, revokeCertificateSchema } from "@/lib/certificates/certificate.schema";
import { listCertificates } from "@/server/domain/certificates/list-certificates";
import { revokeCertificate } from "@/server/domain/certificates/revoke-certificate";
import { adminProcedure, createTRPCRouter } from "../../trpc";

/** 证书管理: the list and 撤销. */
export const certificatesRouter = createTRPCRouter({
  list: adminProcedure.input(listCertificatesSchema).query(({ ctx, input }) => listCertificates(ctx.db, input)),
  revoke: adminProcedure
    .input(revokeCertificateSchema)
    .mutation(({ ctx, input }) => revokeCertificate(ctx.db, ctx.user.id, input, new Date())),
});
