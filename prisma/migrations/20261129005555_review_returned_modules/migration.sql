-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "returnedModules" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Rules the Prisma schema language cannot express (hand-written).
-- Returned modules exist exactly while the application is returned, and a returned one names at least one.
ALTER TABLE "Application" ADD CONSTRAINT "application_returned_modules" CHECK (
  ("status" = 'RETURNED') = (cardinality(coalesce("returnedModules", ARRAY[]::TEXT[])) > 0)
);
