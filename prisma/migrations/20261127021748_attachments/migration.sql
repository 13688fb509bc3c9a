-- CreateEnum
CREATE TYPE "AttachmentSlot" AS ENUM ('PHOTO', 'ID_CARD_FRONT', 'ID_CARD_BACK', 'CHSI_REPORT', 'UNIT_PUBLICITY', 'EDUCATION_PROOF', 'WORK_EXPERIENCE_PROOF', 'PAPER_PROOF', 'PROJECT_PROOF', 'PATENT_PROOF', 'WORK_REPORT_PROOF', 'HONOR_PROOF', 'PUNISHMENT_PROOF', 'EXPERT_ATTACHMENT');

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "slot" "AttachmentSlot" NOT NULL,
    "entryId" TEXT,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageBackend" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_applicationId_slot_entryId_idx" ON "Attachment"("applicationId", "slot", "entryId");

-- CreateIndex
CREATE INDEX "Attachment_entryId_idx" ON "Attachment"("entryId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Entry proofs name their entry and application-wide slots never do. Empty files are never stored.
ALTER TABLE "Attachment" ADD CONSTRAINT "attachment_entry_matches_slot" CHECK (("entryId" IS NOT NULL) = ("slot" IN ('EDUCATION_PROOF', 'WORK_EXPERIENCE_PROOF', 'PAPER_PROOF', 'PROJECT_PROOF', 'PATENT_PROOF', 'WORK_REPORT_PROOF', 'HONOR_PROOF', 'PUNISHMENT_PROOF', 'EXPERT_ATTACHMENT')));
ALTER TABLE "Attachment" ADD CONSTRAINT "attachment_size_positive" CHECK ("size" > 0);
