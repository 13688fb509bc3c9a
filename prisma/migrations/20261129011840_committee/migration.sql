-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'PANEL_DRAWN', 'VOTING', 'CLOSED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "MeetingExpertStatus" AS ENUM ('DRAWN', 'DECLINED');

-- CreateEnum
CREATE TYPE "MeetingResult" AS ENUM ('PASSED', 'FAILED');

-- AlterEnum
ALTER TYPE "FlowAction" ADD VALUE 'APPROVE';

-- AlterEnum
ALTER TYPE "FlowActorRole" ADD VALUE 'COMMITTEE_CHAIR';

-- AlterEnum
ALTER TYPE "ReviewStage" ADD VALUE 'PUBLICITY';

-- AlterEnum
ALTER TYPE "RoleKind" ADD VALUE 'COMMITTEE_CHAIR';

-- CreateTable
CREATE TABLE "ExpertProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "specialtySeries" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "currentTitle" TEXT NOT NULL,
    "workUnitId" TEXT,
    "workUnitName" TEXT NOT NULL,
    "termStart" DATE NOT NULL,
    "termEnd" DATE NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExpertProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewMeeting" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "panelSize" INTEGER,
    "specialtySeries" TEXT,
    "specialties" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "drawSeed" TEXT,
    "drawnAt" TIMESTAMP(3),
    "votingOpenedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingExpert" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "drawOrder" INTEGER NOT NULL,
    "status" "MeetingExpertStatus" NOT NULL DEFAULT 'DRAWN',
    "declineReason" TEXT,
    "present" BOOLEAN NOT NULL DEFAULT false,
    "presentMarkedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingExpert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingApplication" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "result" "MeetingResult",
    "agree" INTEGER,
    "disagree" INTEGER,
    "abstain" INTEGER,
    "presentEligible" INTEGER,
    "threshold" INTEGER,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recusal" (
    "id" TEXT NOT NULL,
    "meetingApplicationId" TEXT NOT NULL,
    "meetingExpertId" TEXT NOT NULL,
    "automatic" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recusal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExpertProfile_committeeId_active_idx" ON "ExpertProfile"("committeeId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertProfile_userId_committeeId_key" ON "ExpertProfile"("userId", "committeeId");

-- CreateIndex
CREATE INDEX "ReviewMeeting_committeeId_date_idx" ON "ReviewMeeting"("committeeId", "date");

-- CreateIndex
CREATE INDEX "MeetingExpert_expertId_idx" ON "MeetingExpert"("expertId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingExpert_meetingId_expertId_key" ON "MeetingExpert"("meetingId", "expertId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingExpert_meetingId_drawOrder_key" ON "MeetingExpert"("meetingId", "drawOrder");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingApplication_applicationId_key" ON "MeetingApplication"("applicationId");

-- CreateIndex
CREATE INDEX "MeetingApplication_meetingId_idx" ON "MeetingApplication"("meetingId");

-- CreateIndex
CREATE INDEX "Recusal_meetingExpertId_idx" ON "Recusal"("meetingExpertId");

-- CreateIndex
CREATE UNIQUE INDEX "Recusal_meetingApplicationId_meetingExpertId_key" ON "Recusal"("meetingApplicationId", "meetingExpertId");

-- AddForeignKey
ALTER TABLE "ExpertProfile" ADD CONSTRAINT "ExpertProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertProfile" ADD CONSTRAINT "ExpertProfile_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "ReviewCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertProfile" ADD CONSTRAINT "ExpertProfile_workUnitId_fkey" FOREIGN KEY ("workUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewMeeting" ADD CONSTRAINT "ReviewMeeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "ReviewCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewMeeting" ADD CONSTRAINT "ReviewMeeting_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewMeeting" ADD CONSTRAINT "ReviewMeeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingExpert" ADD CONSTRAINT "MeetingExpert_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ReviewMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingExpert" ADD CONSTRAINT "MeetingExpert_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingApplication" ADD CONSTRAINT "MeetingApplication_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ReviewMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingApplication" ADD CONSTRAINT "MeetingApplication_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recusal" ADD CONSTRAINT "Recusal_meetingApplicationId_fkey" FOREIGN KEY ("meetingApplicationId") REFERENCES "MeetingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recusal" ADD CONSTRAINT "Recusal_meetingExpertId_fkey" FOREIGN KEY ("meetingExpertId") REFERENCES "MeetingExpert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the Prisma schema language cannot express (hand-written).
-- 主任委员 is scoped to a committee like its members. The new enum value is compared as text: a value
-- added by ALTER TYPE cannot be cast to the enum inside the transaction that added it.
ALTER TABLE "RoleAssignment" DROP CONSTRAINT "role_assignment_scope";
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "role_assignment_scope" CHECK (
  ("role" = 'UNIT_REVIEWER' AND "unitId" IS NOT NULL AND "departmentId" IS NULL AND "committeeId" IS NULL AND "scopeKey" = "unitId")
  OR ("role" = 'DEPT_REVIEWER' AND "departmentId" IS NOT NULL AND "unitId" IS NULL AND "committeeId" IS NULL AND "scopeKey" = "departmentId")
  OR ("role" = 'COMMITTEE_MEMBER' AND "committeeId" IS NOT NULL AND "unitId" IS NULL AND "departmentId" IS NULL AND "scopeKey" = "committeeId")
  OR ("role"::text = 'COMMITTEE_CHAIR' AND "committeeId" IS NOT NULL AND "unitId" IS NULL AND "departmentId" IS NULL AND "scopeKey" = "committeeId")
  OR ("role" = 'ADMIN' AND "unitId" IS NULL AND "departmentId" IS NULL AND "committeeId" IS NULL AND "scopeKey" = '')
);
-- An expert's term is a non-empty span of days.
ALTER TABLE "ExpertProfile" ADD CONSTRAINT "expert_term" CHECK ("termEnd" >= "termStart");
-- A panel takes at least one expert, drawn in 1-based order.
ALTER TABLE "ReviewMeeting" ADD CONSTRAINT "meeting_panel_size" CHECK ("panelSize" IS NULL OR "panelSize" > 0);
ALTER TABLE "ReviewMeeting" ADD CONSTRAINT "meeting_drawn" CHECK (("status" = 'DRAFT') = ("drawSeed" IS NULL));
ALTER TABLE "MeetingExpert" ADD CONSTRAINT "meeting_expert_draw_order" CHECK ("drawOrder" > 0);
-- A declined expert is not present.
ALTER TABLE "MeetingExpert" ADD CONSTRAINT "meeting_expert_declined_absent" CHECK ("status" = 'DRAWN' OR NOT "present");
-- A result comes with its whole tally, and a tally with its result.
ALTER TABLE "MeetingApplication" ADD CONSTRAINT "meeting_application_tally" CHECK (
  ("result" IS NULL AND "agree" IS NULL AND "disagree" IS NULL AND "abstain" IS NULL AND "presentEligible" IS NULL AND "threshold" IS NULL AND "closedAt" IS NULL)
  OR ("result" IS NOT NULL AND "agree" >= 0 AND "disagree" >= 0 AND "abstain" >= 0 AND "presentEligible" >= 0 AND "threshold" >= 0 AND "closedAt" IS NOT NULL
      AND "agree" + "disagree" + "abstain" <= "presentEligible")
);
-- 回避 always says why.
ALTER TABLE "Recusal" ADD CONSTRAINT "recusal_reason" CHECK (length(trim("reason")) > 0);
