-- CreateEnum
CREATE TYPE "ComplianceSource" AS ENUM ('METHODOLOGY', 'POLICY');

-- CreateEnum
CREATE TYPE "PolicyMode" AS ENUM ('ADVISORY', 'BLOCKING');

-- AlterTable
ALTER TABLE "RuleEvaluation" ADD COLUMN     "policyId" UUID,
ADD COLUMN     "policyVersion" INTEGER,
ADD COLUMN     "source" "ComplianceSource" NOT NULL DEFAULT 'METHODOLOGY',
ALTER COLUMN "methodologyKey" DROP NOT NULL,
ALTER COLUMN "methodologyVersion" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Policy" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "portfolioIds" UUID[],
    "statuses" "ProjectStatus"[],
    "methodologyKeys" TEXT[],
    "minBudget" DECIMAL(14,2),
    "check" JSONB NOT NULL,
    "severity" "RuleSeverity" NOT NULL,
    "message" TEXT NOT NULL,
    "mode" "PolicyMode" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Policy_key_key" ON "Policy"("key");

-- CreateIndex
CREATE INDEX "RuleEvaluation_policyId_latest_idx" ON "RuleEvaluation"("policyId", "latest");

-- AddForeignKey
ALTER TABLE "RuleEvaluation" ADD CONSTRAINT "RuleEvaluation_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
