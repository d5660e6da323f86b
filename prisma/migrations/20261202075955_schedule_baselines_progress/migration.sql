-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "currentBaselineId" UUID;

-- CreateTable
CREATE TABLE "ScheduleBaseline" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE,
    "finishDate" DATE,
    "durationDays" INTEGER NOT NULL DEFAULT 0,
    "budgetAtCompletion" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "capturedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduleBaseline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BaselineTask" (
    "baselineId" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" BOOLEAN NOT NULL DEFAULT false,
    "startDate" DATE,
    "finishDate" DATE,
    "durationDays" INTEGER NOT NULL,
    "budget" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "BaselineTask_pkey" PRIMARY KEY ("baselineId","taskId")
);

-- CreateTable
CREATE TABLE "TaskProgress" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "asOf" DATE NOT NULL,
    "percentComplete" INTEGER NOT NULL,
    "actualCost" DECIMAL(14,2) NOT NULL,
    "reportedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskProgress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScheduleBaseline_projectId_number_key" ON "ScheduleBaseline"("projectId", "number");

-- CreateIndex
CREATE INDEX "TaskProgress_projectId_asOf_idx" ON "TaskProgress"("projectId", "asOf");

-- CreateIndex
CREATE UNIQUE INDEX "TaskProgress_taskId_asOf_key" ON "TaskProgress"("taskId", "asOf");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_currentBaselineId_fkey" FOREIGN KEY ("currentBaselineId") REFERENCES "ScheduleBaseline"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleBaseline" ADD CONSTRAINT "ScheduleBaseline_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleBaseline" ADD CONSTRAINT "ScheduleBaseline_capturedById_fkey" FOREIGN KEY ("capturedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaselineTask" ADD CONSTRAINT "BaselineTask_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "ScheduleBaseline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskProgress" ADD CONSTRAINT "TaskProgress_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskProgress" ADD CONSTRAINT "TaskProgress_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskProgress" ADD CONSTRAINT "TaskProgress_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
