-- CreateEnum
CREATE TYPE "ForecastMode" AS ENUM ('NETWORK', 'VELOCITY');

-- CreateTable
CREATE TABLE "ScheduleForecast" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "mode" "ForecastMode" NOT NULL,
    "iterations" INTEGER NOT NULL,
    "seed" INTEGER NOT NULL,
    "p50Date" DATE NOT NULL,
    "p80Date" DATE NOT NULL,
    "p95Date" DATE NOT NULL,
    "probabilityByTarget" DOUBLE PRECISION,
    "targetEndDate" DATE,
    "detail" JSONB NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduleForecast_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScheduleForecast_projectId_createdAt_id_idx" ON "ScheduleForecast"("projectId", "createdAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "ScheduleForecast" ADD CONSTRAINT "ScheduleForecast_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleForecast" ADD CONSTRAINT "ScheduleForecast_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
