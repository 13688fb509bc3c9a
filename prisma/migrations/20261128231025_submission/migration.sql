-- CreateEnum
CREATE TYPE "ReviewStage" AS ENUM ('UNIT_REVIEW', 'DEPT_REVIEW', 'COMMITTEE_REVIEW');

-- CreateEnum
CREATE TYPE "FlowAction" AS ENUM ('SUBMIT', 'PASS', 'RETURN', 'TERMINATE', 'RESUBMIT');

-- CreateEnum
CREATE TYPE "FlowActorRole" AS ENUM ('APPLICANT', 'UNIT_REVIEWER', 'DEPT_REVIEWER', 'COMMITTEE_MEMBER', 'SYSTEM');

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "stage" "ReviewStage";

-- CreateTable
CREATE TABLE "ApplicationSubmission" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" TEXT NOT NULL,
    "ruleSetVersion" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "validation" JSONB NOT NULL,
    "digest" CHAR(64) NOT NULL,

    CONSTRAINT "ApplicationSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FlowEvent" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "action" "FlowAction" NOT NULL,
    "stage" "ReviewStage",
    "actorId" TEXT,
    "actorRole" "FlowActorRole" NOT NULL,
    "opinion" TEXT,
    "returnedModules" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "fromStatus" "ApplicationStatus" NOT NULL,
    "toStatus" "ApplicationStatus" NOT NULL,
    "fromStage" "ReviewStage",
    "toStage" "ReviewStage",
    "submissionId" TEXT,

    CONSTRAINT "FlowEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationSubmission_applicationId_sequence_key" ON "ApplicationSubmission"("applicationId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "FlowEvent_applicationId_sequence_key" ON "FlowEvent"("applicationId", "sequence");

-- AddForeignKey
ALTER TABLE "ApplicationSubmission" ADD CONSTRAINT "ApplicationSubmission_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSubmission" ADD CONSTRAINT "ApplicationSubmission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlowEvent" ADD CONSTRAINT "FlowEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlowEvent" ADD CONSTRAINT "FlowEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlowEvent" ADD CONSTRAINT "FlowEvent_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ApplicationSubmission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A draft has no stage, and an application with its reviewers (submitted or returned) always has one.
ALTER TABLE "Application" ADD CONSTRAINT "application_stage_matches_status" CHECK ("status" NOT IN ('DRAFT', 'SUBMITTED', 'RETURNED') OR (("status" = 'DRAFT') = ("stage" IS NULL)));

-- Submitted snapshots and flow events are history: rows are only ever added. The function body is
-- written as an escaped string whose statement ends are octal escapes (backslash 073) because the
-- PostgreSQL driver adapter of the migration engine splits scripts at every semicolon, dollar quotes included.
CREATE FUNCTION "refuse_history_change"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN RAISE EXCEPTION ''% is append-only: % refused'', TG_TABLE_NAME, TG_OP USING ERRCODE = ''restrict_violation''\073 END\073';

CREATE TRIGGER "application_submission_append_only" BEFORE UPDATE OR DELETE ON "ApplicationSubmission" FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "application_submission_no_truncate" BEFORE TRUNCATE ON "ApplicationSubmission" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "flow_event_append_only" BEFORE UPDATE OR DELETE ON "FlowEvent" FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "flow_event_no_truncate" BEFORE TRUNCATE ON "FlowEvent" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();
