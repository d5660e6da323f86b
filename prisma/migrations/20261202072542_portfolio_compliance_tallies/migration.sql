-- The compliance summary of a whole portfolio reads a few rows per portfolio instead of every
-- project's tallies (~40,000 rows for all portfolios at 10,000 projects): per portfolio and
-- severity the sums of its projects' ComplianceTally rows (PortfolioComplianceTally), and per
-- portfolio its evaluated and blocked projects (PortfolioCompliance). Whether a project is
-- evaluated depends on all its severities, so each project also has one row with its number of
-- latest results and of failing, unwaived BLOCKERs (ProjectComplianceTally): every count the
-- portfolio keeps is then a sum over rows, changed by the difference between a row's old and
-- new values. Kept by statement-level triggers over transition tables, as ComplianceTally is:
--   RuleEvaluation -> ComplianceTally -> PortfolioComplianceTally and ProjectComplianceTally
--                                        ProjectComplianceTally -> PortfolioCompliance
-- Each change is added to the counter rows (`n = n + delta`, under the row's lock), never
-- recounted from a snapshot, so concurrent transactions cannot lose one another's changes.
-- The tallies carry their project's portfolio (copied by triggers on insert and when the
-- project moves), so that the counts know where a deleted project's rows counted: a project's
-- deletion cascades to its tallies, whose DELETE triggers subtract them.

-- AlterTable
ALTER TABLE "ComplianceTally" ADD COLUMN     "portfolioId" UUID;
UPDATE "ComplianceTally" t SET "portfolioId" = p."portfolioId" FROM "Project" p WHERE p."id" = t."projectId";
ALTER TABLE "ComplianceTally" ALTER COLUMN "portfolioId" SET NOT NULL;

-- CreateTable
CREATE TABLE "ProjectComplianceTally" (
    "projectId" UUID NOT NULL,
    "portfolioId" UUID NOT NULL,
    "results" INTEGER NOT NULL DEFAULT 0,
    "blocking" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectComplianceTally_pkey" PRIMARY KEY ("projectId")
);

-- CreateTable
CREATE TABLE "PortfolioComplianceTally" (
    "portfolioId" UUID NOT NULL,
    "severity" "RuleSeverity" NOT NULL,
    "passed" INTEGER NOT NULL DEFAULT 0,
    "failing" INTEGER NOT NULL DEFAULT 0,
    "waived" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PortfolioComplianceTally_pkey" PRIMARY KEY ("portfolioId","severity")
);

-- CreateTable
CREATE TABLE "PortfolioCompliance" (
    "portfolioId" UUID NOT NULL,
    "projectsEvaluated" INTEGER NOT NULL DEFAULT 0,
    "projectsBlocked" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PortfolioCompliance_pkey" PRIMARY KEY ("portfolioId")
);

-- AddForeignKey
ALTER TABLE "ProjectComplianceTally" ADD CONSTRAINT "ProjectComplianceTally_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioComplianceTally" ADD CONSTRAINT "PortfolioComplianceTally_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioCompliance" ADD CONSTRAINT "PortfolioCompliance_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill, from the project tallies as they are.
INSERT INTO "ProjectComplianceTally" ("projectId", "portfolioId", "results", "blocking")
SELECT "projectId", "portfolioId", SUM("passed" + "failing" + "waived"), COALESCE(SUM("failing") FILTER (WHERE "severity" = 'BLOCKER'), 0)
FROM "ComplianceTally" GROUP BY "projectId", "portfolioId";

INSERT INTO "PortfolioComplianceTally" ("portfolioId", "severity", "passed", "failing", "waived")
SELECT "portfolioId", "severity", SUM("passed"), SUM("failing"), SUM("waived")
FROM "ComplianceTally" GROUP BY "portfolioId", "severity";

INSERT INTO "PortfolioCompliance" ("portfolioId", "projectsEvaluated", "projectsBlocked")
SELECT "portfolioId", COUNT(*) FILTER (WHERE "results" > 0), COUNT(*) FILTER (WHERE "blocking" > 0)
FROM "ProjectComplianceTally" GROUP BY "portfolioId";

-- A tally row takes its project's portfolio, whatever it is written with.
CREATE FUNCTION "tally_takes_project_portfolio"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p."portfolioId" INTO NEW."portfolioId" FROM "Project" p WHERE p."id" = NEW."projectId";
  RETURN NEW;
END
$$;

CREATE TRIGGER "ComplianceTally_portfolio_from_project" BEFORE INSERT OR UPDATE OF "projectId", "portfolioId" ON "ComplianceTally"
  FOR EACH ROW EXECUTE FUNCTION "tally_takes_project_portfolio"();
CREATE TRIGGER "ProjectComplianceTally_portfolio_from_project" BEFORE INSERT OR UPDATE OF "projectId", "portfolioId" ON "ProjectComplianceTally"
  FOR EACH ROW EXECUTE FUNCTION "tally_takes_project_portfolio"();

-- A project that moves takes its tallies along: the UPDATE triggers below subtract them from the
-- old portfolio and add them to the new one.
CREATE FUNCTION "project_portfolio_to_tallies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ComplianceTally" SET "portfolioId" = NEW."portfolioId" WHERE "projectId" = NEW."id";
  UPDATE "ProjectComplianceTally" SET "portfolioId" = NEW."portfolioId" WHERE "projectId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Project_portfolio_to_tallies" AFTER UPDATE OF "portfolioId" ON "Project"
  FOR EACH ROW WHEN (OLD."portfolioId" IS DISTINCT FROM NEW."portfolioId") EXECUTE FUNCTION "project_portfolio_to_tallies"();

-- Project tallies -> portfolio severity counts and project totals. The changes are the rows that
-- enter (new_tallies) counted positively and the rows that leave (old_tallies) negatively; the
-- statements are the same for the three operations, only their source differs (EXECUTE, since
-- a transition table exists only for the operations that have it).
CREATE FUNCTION "compliance_tallies_to_portfolios"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entering CONSTANT text := 'SELECT "projectId", "portfolioId", "severity", "passed", "failing", "waived" FROM new_tallies';
  leaving CONSTANT text := 'SELECT "projectId", "portfolioId", "severity", -"passed", -"failing", -"waived" FROM old_tallies';
  changes text := CASE TG_OP WHEN 'INSERT' THEN entering WHEN 'DELETE' THEN leaving ELSE entering || ' UNION ALL ' || leaving END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO "PortfolioComplianceTally" AS t ("portfolioId", "severity", "passed", "failing", "waived")
    SELECT "portfolioId", "severity", SUM("passed"), SUM("failing"), SUM("waived")
    FROM (%s) c("projectId", "portfolioId", "severity", "passed", "failing", "waived")
    GROUP BY "portfolioId", "severity"
    HAVING SUM("passed") <> 0 OR SUM("failing") <> 0 OR SUM("waived") <> 0
    ORDER BY "portfolioId", "severity"
    ON CONFLICT ("portfolioId", "severity") DO UPDATE
    SET "passed" = t."passed" + EXCLUDED."passed", "failing" = t."failing" + EXCLUDED."failing", "waived" = t."waived" + EXCLUDED."waived"
  $sql$, changes);
  -- A project's total row is created with its first tally row (its portfolio is filled in by
  -- the BEFORE trigger), and only updated afterwards: a deleted project's rows must not come back.
  IF TG_OP = 'INSERT' THEN
    EXECUTE format($sql$
      INSERT INTO "ProjectComplianceTally" AS t ("projectId", "portfolioId", "results", "blocking")
      SELECT "projectId", NULL, SUM("passed" + "failing" + "waived"), COALESCE(SUM("failing") FILTER (WHERE "severity" = 'BLOCKER'), 0)
      FROM (%s) c("projectId", "portfolioId", "severity", "passed", "failing", "waived")
      GROUP BY "projectId" ORDER BY "projectId"
      ON CONFLICT ("projectId") DO UPDATE SET "results" = t."results" + EXCLUDED."results", "blocking" = t."blocking" + EXCLUDED."blocking"
    $sql$, changes);
  ELSE
    EXECUTE format($sql$
      UPDATE "ProjectComplianceTally" t SET "results" = t."results" + d."results", "blocking" = t."blocking" + d."blocking"
      FROM (
        SELECT "projectId", SUM("passed" + "failing" + "waived") AS "results", COALESCE(SUM("failing") FILTER (WHERE "severity" = 'BLOCKER'), 0) AS "blocking"
        FROM (%s) c("projectId", "portfolioId", "severity", "passed", "failing", "waived")
        GROUP BY "projectId"
      ) d
      WHERE t."projectId" = d."projectId" AND (d."results" <> 0 OR d."blocking" <> 0)
    $sql$, changes);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ComplianceTally_to_portfolios_insert" AFTER INSERT ON "ComplianceTally"
  REFERENCING NEW TABLE AS new_tallies FOR EACH STATEMENT EXECUTE FUNCTION "compliance_tallies_to_portfolios"();
CREATE TRIGGER "ComplianceTally_to_portfolios_update" AFTER UPDATE ON "ComplianceTally"
  REFERENCING OLD TABLE AS old_tallies NEW TABLE AS new_tallies FOR EACH STATEMENT EXECUTE FUNCTION "compliance_tallies_to_portfolios"();
CREATE TRIGGER "ComplianceTally_to_portfolios_delete" AFTER DELETE ON "ComplianceTally"
  REFERENCING OLD TABLE AS old_tallies FOR EACH STATEMENT EXECUTE FUNCTION "compliance_tallies_to_portfolios"();

-- Project totals -> each portfolio's evaluated (any latest result) and blocked (a failing,
-- unwaived BLOCKER) projects: a row counts 1 where its values say so, the old one -1.
CREATE FUNCTION "project_compliance_to_portfolios"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entering CONSTANT text := 'SELECT "portfolioId", ("results" > 0)::int, ("blocking" > 0)::int FROM new_totals';
  leaving CONSTANT text := 'SELECT "portfolioId", -("results" > 0)::int, -("blocking" > 0)::int FROM old_totals';
  changes text := CASE TG_OP WHEN 'INSERT' THEN entering WHEN 'DELETE' THEN leaving ELSE entering || ' UNION ALL ' || leaving END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO "PortfolioCompliance" AS t ("portfolioId", "projectsEvaluated", "projectsBlocked")
    SELECT "portfolioId", SUM("evaluated"), SUM("blocked")
    FROM (%s) c("portfolioId", "evaluated", "blocked")
    GROUP BY "portfolioId"
    HAVING SUM("evaluated") <> 0 OR SUM("blocked") <> 0
    ORDER BY "portfolioId"
    ON CONFLICT ("portfolioId") DO UPDATE
    SET "projectsEvaluated" = t."projectsEvaluated" + EXCLUDED."projectsEvaluated", "projectsBlocked" = t."projectsBlocked" + EXCLUDED."projectsBlocked"
  $sql$, changes);
  RETURN NULL;
END
$$;

CREATE TRIGGER "ProjectComplianceTally_to_portfolios_insert" AFTER INSERT ON "ProjectComplianceTally"
  REFERENCING NEW TABLE AS new_totals FOR EACH STATEMENT EXECUTE FUNCTION "project_compliance_to_portfolios"();
CREATE TRIGGER "ProjectComplianceTally_to_portfolios_update" AFTER UPDATE ON "ProjectComplianceTally"
  REFERENCING OLD TABLE AS old_totals NEW TABLE AS new_totals FOR EACH STATEMENT EXECUTE FUNCTION "project_compliance_to_portfolios"();
CREATE TRIGGER "ProjectComplianceTally_to_portfolios_delete" AFTER DELETE ON "ProjectComplianceTally"
  REFERENCING OLD TABLE AS old_totals FOR EACH STATEMENT EXECUTE FUNCTION "project_compliance_to_portfolios"();
