-- CreateEnum
CREATE TYPE "AlertSeverity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "RiskAlertSource" AS ENUM ('RISK_SCORE', 'RISK_REALIZED', 'METHODOLOGY_TRIGGER', 'RISK_OVERDUE');

-- CreateTable
CREATE TABLE "RiskAlert" (
    "id" UUID NOT NULL,
    "seq" SERIAL NOT NULL,
    "source" "RiskAlertSource" NOT NULL,
    "triggerKey" TEXT NOT NULL,
    "severity" "AlertSeverity" NOT NULL,
    "reason" TEXT NOT NULL,
    "projectId" UUID NOT NULL,
    "riskId" UUID,
    "evidence" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedById" UUID,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RiskAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskAlertSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "highThreshold" INTEGER NOT NULL DEFAULT 15,
    "criticalThreshold" INTEGER NOT NULL DEFAULT 20,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskAlertSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RiskAlert_seq_key" ON "RiskAlert"("seq");

-- CreateIndex
CREATE INDEX "RiskAlert_projectId_resolvedAt_idx" ON "RiskAlert"("projectId", "resolvedAt");

-- CreateIndex
CREATE INDEX "RiskAlert_riskId_idx" ON "RiskAlert"("riskId");

-- CreateIndex
CREATE INDEX "RiskAlert_acknowledgedById_idx" ON "RiskAlert"("acknowledgedById");

-- AddForeignKey
ALTER TABLE "RiskAlert" ADD CONSTRAINT "RiskAlert_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAlert" ADD CONSTRAINT "RiskAlert_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAlert" ADD CONSTRAINT "RiskAlert_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAlertSettings" ADD CONSTRAINT "RiskAlertSettings_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (Prisma does not model CHECK constraints and leaves them alone).
ALTER TABLE "RiskAlertSettings" ADD CONSTRAINT "RiskAlertSettings_single_row" CHECK ("id" = 1);
ALTER TABLE "RiskAlertSettings" ADD CONSTRAINT "RiskAlertSettings_thresholds" CHECK ("highThreshold" BETWEEN 1 AND 25 AND "criticalThreshold" BETWEEN "highThreshold" AND 25);
ALTER TABLE "RiskAlert" ADD CONSTRAINT "RiskAlert_acknowledged_together" CHECK ("acknowledgedById" IS NULL OR "acknowledgedAt" IS NOT NULL);
INSERT INTO "RiskAlertSettings" ("id") VALUES (1);
