-- AlterTable
ALTER TABLE "PaperEntry" ADD COLUMN     "cnNumber" TEXT;
