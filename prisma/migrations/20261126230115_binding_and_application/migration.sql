-- CreateEnum
CREATE TYPE "BindingStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'UNBOUND');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'TERMINATED', 'APPROVED');

-- CreateTable
CREATE TABLE "UnitBinding" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "BindingStatus" NOT NULL DEFAULT 'PENDING',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "rejectReason" TEXT,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "UnitBinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "unitSnapshot" JSONB NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitBinding_unitId_status_idx" ON "UnitBinding"("unitId", "status");

-- CreateIndex
CREATE INDEX "UnitBinding_userId_requestedAt_idx" ON "UnitBinding"("userId", "requestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "unit_binding_one_active" ON "UnitBinding"("userId") WHERE ("isActive" = true);

-- CreateIndex
CREATE INDEX "Application_applicantId_createdAt_idx" ON "Application"("applicantId", "createdAt");

-- CreateIndex
CREATE INDEX "Application_unitId_status_idx" ON "Application"("unitId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "application_one_per_notice" ON "Application"("applicantId", "noticeId");

-- AddForeignKey
ALTER TABLE "UnitBinding" ADD CONSTRAINT "UnitBinding_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitBinding" ADD CONSTRAINT "UnitBinding_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitBinding" ADD CONSTRAINT "UnitBinding_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written rules the Prisma schema language cannot express.
-- isActive mirrors the status, so the partial unique index means one PENDING or APPROVED binding per person.
ALTER TABLE "UnitBinding" ADD CONSTRAINT "unit_binding_active_matches_status" CHECK ("isActive" = ("status" IN ('PENDING', 'APPROVED')));
-- A rejection always carries its reason.
ALTER TABLE "UnitBinding" ADD CONSTRAINT "unit_binding_reject_reason" CHECK ("status" <> 'REJECTED' OR length(trim(coalesce("rejectReason", ''))) > 0);
