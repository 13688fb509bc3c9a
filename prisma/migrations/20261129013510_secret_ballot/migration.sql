-- CreateEnum
CREATE TYPE "BallotChoice" AS ENUM ('AGREE', 'DISAGREE', 'ABSTAIN');

-- CreateTable
CREATE TABLE "OpenVote" (
    "meetingApplicationId" TEXT NOT NULL,
    "meetingExpertId" TEXT NOT NULL,
    "choice" "BallotChoice" NOT NULL,

    CONSTRAINT "OpenVote_pkey" PRIMARY KEY ("meetingApplicationId","meetingExpertId")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL,
    "meetingApplicationId" TEXT NOT NULL,
    "choice" "BallotChoice" NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotParticipation" (
    "meetingApplicationId" TEXT NOT NULL,
    "meetingExpertId" TEXT NOT NULL,

    CONSTRAINT "BallotParticipation_pkey" PRIMARY KEY ("meetingApplicationId","meetingExpertId")
);

-- CreateIndex
CREATE INDEX "OpenVote_meetingExpertId_idx" ON "OpenVote"("meetingExpertId");

-- CreateIndex
CREATE INDEX "Ballot_meetingApplicationId_idx" ON "Ballot"("meetingApplicationId");

-- CreateIndex
CREATE INDEX "BallotParticipation_meetingExpertId_idx" ON "BallotParticipation"("meetingExpertId");

-- AddForeignKey
ALTER TABLE "OpenVote" ADD CONSTRAINT "OpenVote_meetingApplicationId_fkey" FOREIGN KEY ("meetingApplicationId") REFERENCES "MeetingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenVote" ADD CONSTRAINT "OpenVote_meetingExpertId_fkey" FOREIGN KEY ("meetingExpertId") REFERENCES "MeetingExpert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_meetingApplicationId_fkey" FOREIGN KEY ("meetingApplicationId") REFERENCES "MeetingApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotParticipation" ADD CONSTRAINT "BallotParticipation_meetingApplicationId_fkey" FOREIGN KEY ("meetingApplicationId") REFERENCES "MeetingApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotParticipation" ADD CONSTRAINT "BallotParticipation_meetingExpertId_fkey" FOREIGN KEY ("meetingExpertId") REFERENCES "MeetingExpert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The open votes are the only rows that ever join an expert to a choice, and only while a meeting
-- votes: an unlogged table keeps them out of the write-ahead log, hence out of WAL archives and
-- replicas (README, 无记名投票).
ALTER TABLE "OpenVote" SET UNLOGGED;

-- Kept ballots and the record of who voted are history: rows are only ever added, so nobody can
-- later rewrite or re-order them. refuse_history_change comes from the submission migration.
CREATE TRIGGER "ballot_append_only" BEFORE UPDATE OR DELETE ON "Ballot" FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "ballot_no_truncate" BEFORE TRUNCATE ON "Ballot" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "ballot_participation_append_only" BEFORE UPDATE OR DELETE ON "BallotParticipation" FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "ballot_participation_no_truncate" BEFORE TRUNCATE ON "BallotParticipation" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"();
