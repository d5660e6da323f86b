-- CreateEnum
CREATE TYPE "RiskCategory" AS ENUM ('SCHEDULE', 'COST', 'SCOPE', 'QUALITY', 'RESOURCE', 'TECHNICAL', 'EXTERNAL', 'COMPLIANCE', 'SECURITY', 'OTHER');

-- CreateEnum
CREATE TYPE "RiskStatus" AS ENUM ('IDENTIFIED', 'ASSESSED', 'MITIGATING', 'CLOSED', 'REALIZED');

-- CreateEnum
CREATE TYPE "RiskResponseStrategy" AS ENUM ('AVOID', 'MITIGATE', 'TRANSFER', 'ACCEPT');

-- CreateTable
CREATE TABLE "Risk" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" "RiskCategory" NOT NULL,
    "probability" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "ownerId" UUID,
    "status" "RiskStatus" NOT NULL DEFAULT 'IDENTIFIED',
    "responseStrategy" "RiskResponseStrategy",
    "mitigationPlan" TEXT NOT NULL DEFAULT '',
    "contingencyPlan" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE,
    "residualProbability" INTEGER,
    "residualImpact" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskAssessment" (
    "id" UUID NOT NULL,
    "riskId" UUID NOT NULL,
    "assessedById" UUID,
    "previousProbability" INTEGER,
    "previousImpact" INTEGER,
    "previousScore" INTEGER,
    "probability" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Risk_projectId_status_score_idx" ON "Risk"("projectId", "status", "score");

-- CreateIndex
CREATE INDEX "Risk_status_score_idx" ON "Risk"("status", "score");

-- CreateIndex
CREATE INDEX "Risk_ownerId_idx" ON "Risk"("ownerId");

-- CreateIndex
CREATE INDEX "RiskAssessment_riskId_createdAt_idx" ON "RiskAssessment"("riskId", "createdAt");

-- CreateIndex
CREATE INDEX "RiskAssessment_assessedById_idx" ON "RiskAssessment"("assessedById");

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the ranges the service enforces, kept by the database too (Prisma does not
-- model CHECK constraints and leaves them alone).
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_probability_range" CHECK ("probability" BETWEEN 1 AND 5);
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_impact_range" CHECK ("impact" BETWEEN 1 AND 5);
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_score_product" CHECK ("score" = "probability" * "impact");
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_residual_probability_range" CHECK ("residualProbability" BETWEEN 1 AND 5);
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_residual_impact_range" CHECK ("residualImpact" BETWEEN 1 AND 5);
