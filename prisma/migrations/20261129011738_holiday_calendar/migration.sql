-- CreateTable
CREATE TABLE "HolidayYear" (
    "year" INTEGER NOT NULL,
    "holidays" DATE[],
    "workdays" DATE[],
    "enteredById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HolidayYear_pkey" PRIMARY KEY ("year")
);

-- AddForeignKey
ALTER TABLE "HolidayYear" ADD CONSTRAINT "HolidayYear_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
