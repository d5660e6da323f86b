-- CreateEnum
CREATE TYPE "ScoringMethod" AS ENUM ('WEIGHTED', 'WSJF');

-- CreateEnum
CREATE TYPE "CriterionDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "CriterionSource" AS ENUM ('MANUAL', 'FORMULA');

-- CreateEnum
CREATE TYPE "ScoreStatus" AS ENUM ('PROPOSED', 'ACCEPTED');

-- CreateTable
CREATE TABLE "ScoringModel" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "method" "ScoringMethod" NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoringModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringCriterion" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "min" DOUBLE PRECISION NOT NULL,
    "max" DOUBLE PRECISION NOT NULL,
    "direction" "CriterionDirection" NOT NULL,
    "source" "CriterionSource" NOT NULL,
    "formula" JSONB,

    CONSTRAINT "ScoringCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectScore" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "modelKey" TEXT NOT NULL,
    "modelVersion" INTEGER NOT NULL,
    "criterionKey" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "status" "ScoreStatus" NOT NULL,
    "scoredById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScoringModel_key_version_key" ON "ScoringModel"("key", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ScoringCriterion_modelId_key_key" ON "ScoringCriterion"("modelId", "key");

-- CreateIndex
CREATE INDEX "ProjectScore_projectId_modelKey_criterionKey_createdAt_idx" ON "ProjectScore"("projectId", "modelKey", "criterionKey", "createdAt");

-- CreateIndex
CREATE INDEX "ProjectScore_modelKey_status_idx" ON "ProjectScore"("modelKey", "status");

-- AddForeignKey
ALTER TABLE "ScoringModel" ADD CONSTRAINT "ScoringModel_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringCriterion" ADD CONSTRAINT "ScoringCriterion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ScoringModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectScore" ADD CONSTRAINT "ProjectScore_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectScore" ADD CONSTRAINT "ProjectScore_scoredById_fkey" FOREIGN KEY ("scoredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
