-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('PENDING', 'UPHELD', 'REJECTED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'PUBLICITY_STARTED';
ALTER TYPE "NotificationKind" ADD VALUE 'APPLICATION_APPROVED';
ALTER TYPE "NotificationKind" ADD VALUE 'OBJECTION_FILED';
ALTER TYPE "NotificationKind" ADD VALUE 'OBJECTION_DECIDED';

-- CreateTable
CREATE TABLE "Publicity" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "appliedTitle" TEXT NOT NULL,
    "appliedLevel" "TitleLevel" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Publicity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicityObjection" (
    "id" TEXT NOT NULL,
    "publicityId" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'PENDING',
    "finding" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "PublicityObjection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publicity_applicationId_key" ON "Publicity"("applicationId");

-- CreateIndex
CREATE INDEX "Publicity_endsOn_idx" ON "Publicity"("endsOn");

-- CreateIndex
CREATE INDEX "Publicity_meetingId_idx" ON "Publicity"("meetingId");

-- CreateIndex
CREATE INDEX "PublicityObjection_publicityId_status_idx" ON "PublicityObjection"("publicityId", "status");

-- AddForeignKey
ALTER TABLE "Publicity" ADD CONSTRAINT "Publicity_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publicity" ADD CONSTRAINT "Publicity_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ReviewMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicityObjection" ADD CONSTRAINT "PublicityObjection_publicityId_fkey" FOREIGN KEY ("publicityId") REFERENCES "Publicity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicityObjection" ADD CONSTRAINT "PublicityObjection_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicityObjection" ADD CONSTRAINT "PublicityObjection_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A finding exists exactly when the objection was decided, with who decided and when
ALTER TABLE "PublicityObjection" ADD CONSTRAINT "objection_finding_when_decided"
  CHECK (("status" = 'PENDING') = ("finding" IS NULL) AND ("finding" IS NULL) = ("decidedById" IS NULL) AND ("finding" IS NULL) = ("decidedAt" IS NULL));
