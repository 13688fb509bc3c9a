-- CreateEnum
CREATE TYPE "CertificateStatus" AS ENUM ('VALID', 'REVOKED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'CERTIFICATE_ISSUED';
ALTER TYPE "NotificationKind" ADD VALUE 'CERTIFICATE_REVOKED';

-- AlterTable
ALTER TABLE "ReviewCommittee" ADD COLUMN     "code" TEXT NOT NULL DEFAULT ('C'::text || upper(substr(md5((random())::text), 1, 5)));

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "holderId" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "holderIdCardNumber" TEXT NOT NULL,
    "seriesName" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "levelName" TEXT NOT NULL,
    "titleName" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "committeeName" TEXT NOT NULL,
    "issuingAuthority" TEXT NOT NULL,
    "approvedOn" DATE NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "status" "CertificateStatus" NOT NULL DEFAULT 'VALID',
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,
    "revokedById" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateSequence" (
    "committeeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastValue" INTEGER NOT NULL,

    CONSTRAINT "CertificateSequence_pkey" PRIMARY KEY ("committeeId","year")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "UsedCaptcha" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsedCaptcha_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_number_key" ON "Certificate"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_applicationId_key" ON "Certificate"("applicationId");

-- CreateIndex
CREATE INDEX "Certificate_holderId_issuedAt_idx" ON "Certificate"("holderId", "issuedAt" DESC);

-- CreateIndex
CREATE INDEX "Certificate_issuedAt_id_idx" ON "Certificate"("issuedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Certificate_holderName_idx" ON "Certificate"("holderName");

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- CreateIndex
CREATE INDEX "UsedCaptcha_expiresAt_idx" ON "UsedCaptcha"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewCommittee_code_key" ON "ReviewCommittee"("code");

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "ReviewCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateSequence" ADD CONSTRAINT "CertificateSequence_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "ReviewCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A committee code opens certificate numbers: upper-case letters and digits, starting with a letter
ALTER TABLE "ReviewCommittee" ADD CONSTRAINT "review_committee_code_form" CHECK ("code" ~ '^[A-Z][A-Z0-9]{1,9}$');

-- A revoked certificate carries when, why and by whom, and only a revoked one does
ALTER TABLE "Certificate" ADD CONSTRAINT "certificate_revocation" CHECK (
  ("status" = 'REVOKED') = ("revokedAt" IS NOT NULL AND "revokedReason" IS NOT NULL AND "revokedById" IS NOT NULL)
  AND ("status" = 'REVOKED' OR ("revokedAt" IS NULL AND "revokedReason" IS NULL AND "revokedById" IS NULL))
);

-- Sequences start at 1 and only grow
ALTER TABLE "CertificateSequence" ADD CONSTRAINT "certificate_sequence_positive" CHECK ("lastValue" >= 1);
