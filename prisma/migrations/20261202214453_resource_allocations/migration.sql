-- CreateEnum
CREATE TYPE "DemandStatus" AS ENUM ('OPEN', 'PARTIALLY_FILLED', 'FILLED');

-- CreateEnum
CREATE TYPE "AllocationKind" AS ENUM ('SOFT', 'HARD');

-- AlterEnum
ALTER TYPE "RiskAlertSource" ADD VALUE 'RESOURCE_OVERALLOCATION';

-- CreateTable
CREATE TABLE "ResourceDemand" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "taskId" UUID,
    "skillId" UUID,
    "minLevel" INTEGER,
    "projectRole" TEXT NOT NULL DEFAULT '',
    "hoursPerWeek" DECIMAL(6,2) NOT NULL,
    "from" DATE NOT NULL,
    "to" DATE NOT NULL,
    "status" "DemandStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ResourceDemand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "taskId" UUID,
    "demandId" UUID,
    "from" DATE NOT NULL,
    "to" DATE NOT NULL,
    "hoursPerWeek" DECIMAL(6,2) NOT NULL,
    "kind" "AllocationKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "requestedById" UUID,
    "confirmedById" UUID,
    "confirmedAt" TIMESTAMPTZ(3),
    "declinedById" UUID,
    "declinedAt" TIMESTAMPTZ(3),
    "declineReason" TEXT NOT NULL DEFAULT '',
    "fromSchedule" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "overallocationTolerance" DECIMAL(4,3) NOT NULL DEFAULT 0.1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResourceDemand_projectId_from_idx" ON "ResourceDemand"("projectId", "from");

-- CreateIndex
CREATE INDEX "ResourceDemand_skillId_from_idx" ON "ResourceDemand"("skillId", "from");

-- CreateIndex
CREATE INDEX "ResourceDemand_from_to_idx" ON "ResourceDemand"("from", "to");

-- CreateIndex
CREATE INDEX "ResourceDemand_taskId_idx" ON "ResourceDemand"("taskId");

-- CreateIndex
CREATE INDEX "Allocation_userId_from_idx" ON "Allocation"("userId", "from");

-- CreateIndex
CREATE INDEX "Allocation_projectId_from_idx" ON "Allocation"("projectId", "from");

-- CreateIndex
CREATE INDEX "Allocation_from_to_idx" ON "Allocation"("from", "to");

-- CreateIndex
CREATE INDEX "Allocation_demandId_idx" ON "Allocation"("demandId");

-- CreateIndex
CREATE INDEX "Allocation_taskId_idx" ON "Allocation"("taskId");

-- AddForeignKey
ALTER TABLE "ResourceDemand" ADD CONSTRAINT "ResourceDemand_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceDemand" ADD CONSTRAINT "ResourceDemand_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceDemand" ADD CONSTRAINT "ResourceDemand_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceDemand" ADD CONSTRAINT "ResourceDemand_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "ResourceDemand"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_declinedById_fkey" FOREIGN KEY ("declinedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
