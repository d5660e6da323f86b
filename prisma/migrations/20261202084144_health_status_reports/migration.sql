-- CreateTable
CREATE TABLE "HealthThresholdSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "indexAmber" DOUBLE PRECISION NOT NULL,
    "indexRed" DOUBLE PRECISION NOT NULL,
    "slipAmberDays" INTEGER NOT NULL,
    "slipRedDays" INTEGER NOT NULL,
    "overrunAmber" DOUBLE PRECISION NOT NULL,
    "overrunRed" DOUBLE PRECISION NOT NULL,
    "scopeChangeAmber" DOUBLE PRECISION NOT NULL,
    "scopeChangeRed" DOUBLE PRECISION NOT NULL,
    "highRisksAmber" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HealthThresholdSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusReport" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "summary" TEXT NOT NULL,
    "accomplishments" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "derivedHealth" "Health" NOT NULL,
    "healthOverride" "Health",
    "overrideReason" TEXT,
    "figures" JSONB NOT NULL,
    "reportedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatusReport_projectId_createdAt_id_idx" ON "StatusReport"("projectId", "createdAt", "id");

-- AddForeignKey
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
