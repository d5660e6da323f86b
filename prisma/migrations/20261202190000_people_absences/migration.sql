-- CreateEnum
CREATE TYPE "AbsenceKind" AS ENUM ('VACATION', 'SICK', 'TRAINING', 'OTHER');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "Absence" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "from" DATE NOT NULL,
    "to" DATE NOT NULL,
    "hoursPerDay" DECIMAL(4,2),
    "kind" "AbsenceKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Absence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationCalendar" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "workingDays" "Weekday"[],
    "holidays" DATE[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrganisationCalendar_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Absence_userId_from_idx" ON "Absence"("userId", "from");

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A span ends on or after its first day; part days are more than nothing and at most a day.
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_span" CHECK ("to" >= "from");
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_hours" CHECK ("hoursPerDay" IS NULL OR ("hoursPerDay" > 0 AND "hoursPerDay" <= 24));
