-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "applicantName" TEXT,
ADD COLUMN     "appliedLevel" "TitleLevel",
ADD COLUMN     "category" TEXT,
ADD COLUMN     "departmentId" TEXT,
ADD COLUMN     "deptReviewedAt" TIMESTAMP(3),
ADD COLUMN     "exceptionalCategory" TEXT,
ADD COLUMN     "series" TEXT,
ADD COLUMN     "unitReviewedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "application_queue_unit" ON "Application"("stage", "status", "unitId", "submittedAt" DESC, "id" DESC, "noticeId", "series", "appliedLevel", "category", "exceptionalCategory", "applicantName");

-- CreateIndex
CREATE INDEX "application_queue_dept" ON "Application"("stage", "status", "departmentId", "submittedAt" DESC, "id" DESC, "noticeId", "series", "appliedLevel", "category", "exceptionalCategory", "applicantName");

-- CreateIndex
CREATE INDEX "application_reviewed_unit" ON "Application"("unitId", "submittedAt" DESC, "id" DESC, "status", "stage", "noticeId", "series", "appliedLevel", "category", "exceptionalCategory", "applicantName") WHERE ("unitReviewedAt" IS NOT NULL);

-- CreateIndex
CREATE INDEX "application_reviewed_dept" ON "Application"("departmentId", "submittedAt" DESC, "id" DESC, "status", "stage", "noticeId", "series", "appliedLevel", "category", "exceptionalCategory", "applicantName") WHERE ("deptReviewedAt" IS NOT NULL);

-- Back-fill the queue columns of existing applications from where each is written
UPDATE "Application" a SET "series" = n."series" FROM "Notice" n WHERE n."id" = a."noticeId";

UPDATE "Application" a SET "departmentId" = u."departmentId" FROM "Unit" u WHERE u."id" = a."unitId";

UPDATE "Application" a
SET "applicantName" = s."data"->>'name',
    "appliedLevel" = CASE WHEN s."data"->>'appliedLevel' IN ('JUNIOR', 'INTERMEDIATE', 'SUB_SENIOR', 'SENIOR')
                          THEN (s."data"->>'appliedLevel')::"TitleLevel" END,
    "category" = s."data"->>'category',
    "exceptionalCategory" = CASE WHEN s."data"->>'category' = 'EXCEPTIONAL' THEN s."data"->>'exceptionalCategory' END
FROM "ApplicationSection" s
WHERE s."applicationId" = a."id" AND s."module" = 'basicInfo';

UPDATE "Application" a SET "unitReviewedAt" = e."at"
FROM (SELECT "applicationId", max("at") AS "at" FROM "FlowEvent"
      WHERE "stage" = 'UNIT_REVIEW' AND "action" IN ('PASS', 'RETURN', 'TERMINATE') GROUP BY "applicationId") e
WHERE e."applicationId" = a."id";

UPDATE "Application" a SET "deptReviewedAt" = e."at"
FROM (SELECT "applicationId", max("at") AS "at" FROM "FlowEvent"
      WHERE "stage" = 'DEPT_REVIEW' AND "action" IN ('PASS', 'RETURN', 'TERMINATE') GROUP BY "applicationId") e
WHERE e."applicationId" = a."id";
