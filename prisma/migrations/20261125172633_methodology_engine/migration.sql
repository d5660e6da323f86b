-- CreateEnum
CREATE TYPE "PhaseStatus" AS ENUM ('PENDING', 'ACTIVE', 'COMPLETED');

-- CreateEnum
CREATE TYPE "DeliverableStatus" AS ENUM ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "RuleKind" AS ENUM ('QUALITY', 'COMPLIANCE');

-- CreateEnum
CREATE TYPE "RuleSeverity" AS ENUM ('INFO', 'WARNING', 'ERROR', 'BLOCKER');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "baselineBudget" DECIMAL(14,2),
ADD COLUMN     "baselineScopePoints" INTEGER,
ADD COLUMN     "baselineTargetEndDate" DATE,
ADD COLUMN     "fields" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "methodologyId" UUID,
ADD COLUMN     "percentComplete" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "scopePoints" INTEGER;

-- CreateTable
CREATE TABLE "Methodology" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "manifest" JSONB NOT NULL,
    "resolved" JSONB NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "installedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Methodology_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPhase" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "PhaseStatus" NOT NULL DEFAULT 'PENDING',
    "startedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ProjectPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deliverable" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phaseKey" TEXT NOT NULL,
    "status" "DeliverableStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "fields" JSONB NOT NULL DEFAULT '{}',
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "decisionNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Deliverable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleEvaluation" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "ruleKey" TEXT NOT NULL,
    "methodologyKey" TEXT NOT NULL,
    "methodologyVersion" TEXT NOT NULL,
    "kind" "RuleKind" NOT NULL,
    "severity" "RuleSeverity" NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "waived" BOOLEAN NOT NULL DEFAULT false,
    "message" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "phaseKey" TEXT,
    "latest" BOOLEAN NOT NULL DEFAULT true,
    "evaluatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleWaiver" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "ruleKey" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "grantedById" UUID NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleWaiver_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Methodology_key_version_key" ON "Methodology"("key", "version");

-- CreateIndex
CREATE INDEX "ProjectPhase_projectId_position_idx" ON "ProjectPhase"("projectId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectPhase_projectId_key_key" ON "ProjectPhase"("projectId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Deliverable_projectId_key_key" ON "Deliverable"("projectId", "key");

-- CreateIndex
CREATE INDEX "RuleEvaluation_projectId_latest_idx" ON "RuleEvaluation"("projectId", "latest");

-- CreateIndex
CREATE INDEX "RuleEvaluation_projectId_ruleKey_evaluatedAt_idx" ON "RuleEvaluation"("projectId", "ruleKey", "evaluatedAt");

-- CreateIndex
CREATE INDEX "RuleWaiver_projectId_ruleKey_idx" ON "RuleWaiver"("projectId", "ruleKey");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_methodologyId_fkey" FOREIGN KEY ("methodologyId") REFERENCES "Methodology"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPhase" ADD CONSTRAINT "ProjectPhase_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleEvaluation" ADD CONSTRAINT "RuleEvaluation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleWaiver" ADD CONSTRAINT "RuleWaiver_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
