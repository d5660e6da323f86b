-- CreateEnum
CREATE TYPE "PortfolioScenarioStatus" AS ENUM ('DRAFT', 'PROPOSED', 'COMMITTED', 'DISCARDED');

-- CreateTable
CREATE TABLE "PortfolioScenario" (
    "id" UUID NOT NULL,
    "portfolioId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "parameters" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "status" "PortfolioScenarioStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" UUID,
    "committedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PortfolioScenario_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PortfolioScenario_portfolioId_createdAt_idx" ON "PortfolioScenario"("portfolioId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PortfolioScenario_portfolioId_name_key" ON "PortfolioScenario"("portfolioId", "name");

-- AddForeignKey
ALTER TABLE "PortfolioScenario" ADD CONSTRAINT "PortfolioScenario_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioScenario" ADD CONSTRAINT "PortfolioScenario_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
