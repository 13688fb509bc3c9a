-- CreateEnum
CREATE TYPE "UnclaimedReason" AS ENUM ('UPLOAD', 'DELETE');

-- CreateTable
CREATE TABLE "UnclaimedFile" (
    "id" TEXT NOT NULL,
    "backend" TEXT NOT NULL,
    "storageKey" TEXT,
    "reason" "UnclaimedReason" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),

    CONSTRAINT "UnclaimedFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnclaimedFile_backend_createdAt_idx" ON "UnclaimedFile"("backend", "createdAt");

-- CreateIndex
CREATE INDEX "UnclaimedFile_storageKey_idx" ON "UnclaimedFile"("storageKey");
