-- A risk carries its project's portfolio, so that a portfolio's most serious open risks are read
-- in order from one index (topRisks) instead of reading every open risk of the portfolio's
-- projects and sorting them. Kept by the database: whatever writes a risk or moves a project,
-- the copy cannot go stale.

-- AlterTable
ALTER TABLE "Risk" ADD COLUMN     "portfolioId" UUID;

UPDATE "Risk" r SET "portfolioId" = p."portfolioId" FROM "Project" p WHERE p."id" = r."projectId";

CREATE FUNCTION "risk_takes_project_portfolio"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p."portfolioId" INTO NEW."portfolioId" FROM "Project" p WHERE p."id" = NEW."projectId";
  RETURN NEW;
END
$$;

CREATE TRIGGER "Risk_portfolio_from_project" BEFORE INSERT OR UPDATE OF "projectId", "portfolioId" ON "Risk"
  FOR EACH ROW EXECUTE FUNCTION "risk_takes_project_portfolio"();

CREATE FUNCTION "project_portfolio_to_risks"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Risk" SET "portfolioId" = NEW."portfolioId" WHERE "projectId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Project_portfolio_to_risks" AFTER UPDATE OF "portfolioId" ON "Project"
  FOR EACH ROW WHEN (OLD."portfolioId" IS DISTINCT FROM NEW."portfolioId") EXECUTE FUNCTION "project_portfolio_to_risks"();

-- CreateIndex
CREATE INDEX "Risk_open_most_serious_idx" ON "Risk"("score" DESC, "dueDate", "createdAt", "id") WHERE (status = ANY (ARRAY['IDENTIFIED'::"RiskStatus", 'ASSESSED'::"RiskStatus", 'MITIGATING'::"RiskStatus"]));

-- CreateIndex
CREATE INDEX "Risk_open_portfolio_most_serious_idx" ON "Risk"("portfolioId", "score" DESC, "dueDate", "createdAt", "id") WHERE (status = ANY (ARRAY['IDENTIFIED'::"RiskStatus", 'ASSESSED'::"RiskStatus", 'MITIGATING'::"RiskStatus"]));
