-- Trigram operators for the text-search indexes below (ILIKE '%…%' on code, name, email).
-- pg_trgm is a trusted extension (PostgreSQL 13+); PGlite loads it when the instance is created.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Project_managerId_idx";

-- DropIndex
DROP INDEX "Project_portfolioId_idx";

-- DropIndex
DROP INDEX "Risk_projectId_status_score_idx";

-- CreateIndex
CREATE INDEX "Portfolio_name_trgm_idx" ON "Portfolio" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Project_portfolioId_code_id_idx" ON "Project"("portfolioId", "code", "id");

-- CreateIndex
CREATE INDEX "Project_managerId_code_id_idx" ON "Project"("managerId", "code", "id");

-- CreateIndex
CREATE INDEX "Project_code_trgm_idx" ON "Project" USING GIN ("code" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Project_name_trgm_idx" ON "Project" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Risk_projectId_status_score_probability_impact_idx" ON "Risk"("projectId", "status", "score", "probability", "impact");

-- CreateIndex
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_email_trgm_idx" ON "User" USING GIN ("email" gin_trgm_ops);
