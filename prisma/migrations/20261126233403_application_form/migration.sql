-- CreateTable
CREATE TABLE "ApplicationSection" (
    "applicationId" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationSection_pkey" PRIMARY KEY ("applicationId","module")
);

-- CreateTable
CREATE TABLE "EducationEntry" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "school" TEXT NOT NULL,
    "major" TEXT NOT NULL,
    "educationLevel" TEXT NOT NULL,
    "degree" TEXT,
    "studyMode" TEXT NOT NULL,
    "evaluationSlot" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EducationEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkExperienceEntry" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "employer" TEXT NOT NULL,
    "post" TEXT NOT NULL,
    "duties" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkExperienceEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperEntry" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "issnIsbn" TEXT,
    "authorRank" INTEGER NOT NULL,
    "isRepresentative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PaperEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectEntry" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "funding" DECIMAL(12,2),
    "role" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "isRepresentative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatentEntry" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "patentNumber" TEXT NOT NULL,
    "grantedOn" DATE NOT NULL,
    "rank" INTEGER NOT NULL,
    "isRepresentative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PatentEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkReportEntry" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "reportedOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "isRepresentative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkReportEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HonorEntry" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "grantor" TEXT NOT NULL,
    "grantedOn" DATE NOT NULL,
    "rank" INTEGER,
    "isRepresentative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HonorEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PunishmentEntry" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "punishedOn" DATE NOT NULL,
    "issuer" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PunishmentEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExceptionalExpert" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "employer" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "recommendation" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExceptionalExpert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EducationEntry_applicationId_createdAt_idx" ON "EducationEntry"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "education_evaluation_slot" ON "EducationEntry"("applicationId", "evaluationSlot");

-- CreateIndex
CREATE INDEX "WorkExperienceEntry_applicationId_createdAt_idx" ON "WorkExperienceEntry"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "PaperEntry_applicationId_createdAt_idx" ON "PaperEntry"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "paper_one_representative" ON "PaperEntry"("applicationId") WHERE ("isRepresentative" = true);

-- CreateIndex
CREATE INDEX "ProjectEntry_applicationId_createdAt_idx" ON "ProjectEntry"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "project_one_representative" ON "ProjectEntry"("applicationId") WHERE ("isRepresentative" = true);

-- CreateIndex
CREATE INDEX "PatentEntry_applicationId_createdAt_idx" ON "PatentEntry"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "patent_one_representative" ON "PatentEntry"("applicationId") WHERE ("isRepresentative" = true);

-- CreateIndex
CREATE INDEX "WorkReportEntry_applicationId_createdAt_idx" ON "WorkReportEntry"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "work_report_one_representative" ON "WorkReportEntry"("applicationId") WHERE ("isRepresentative" = true);

-- CreateIndex
CREATE INDEX "HonorEntry_applicationId_createdAt_idx" ON "HonorEntry"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "honor_one_representative" ON "HonorEntry"("applicationId") WHERE ("isRepresentative" = true);

-- CreateIndex
CREATE INDEX "PunishmentEntry_applicationId_createdAt_idx" ON "PunishmentEntry"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "exceptional_expert_slot" ON "ExceptionalExpert"("applicationId", "slot");

-- AddForeignKey
ALTER TABLE "ApplicationSection" ADD CONSTRAINT "ApplicationSection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EducationEntry" ADD CONSTRAINT "EducationEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkExperienceEntry" ADD CONSTRAINT "WorkExperienceEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperEntry" ADD CONSTRAINT "PaperEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectEntry" ADD CONSTRAINT "ProjectEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatentEntry" ADD CONSTRAINT "PatentEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkReportEntry" ADD CONSTRAINT "WorkReportEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonorEntry" ADD CONSTRAINT "HonorEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PunishmentEntry" ADD CONSTRAINT "PunishmentEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExceptionalExpert" ADD CONSTRAINT "ExceptionalExpert_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written rules the Prisma schema language cannot express.
-- At most two 参评学历 per application: slot 1 or 2, unique per application (index above).
ALTER TABLE "EducationEntry" ADD CONSTRAINT "education_evaluation_slot_range" CHECK ("evaluationSlot" IS NULL OR "evaluationSlot" IN (1, 2));
-- At most two 破格推荐专家 per application.
ALTER TABLE "ExceptionalExpert" ADD CONSTRAINT "exceptional_expert_slot_range" CHECK ("slot" IN (1, 2));
