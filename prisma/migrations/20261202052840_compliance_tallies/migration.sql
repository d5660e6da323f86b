-- Compliance summaries read tallies instead of every latest rule result: per project and
-- severity, how many latest results pass, fail (unwaived) and are waived. Kept by the database
-- in the statement that writes the results (statement-level triggers over the transition
-- tables), so no write path can leave them stale. A portfolio's summary then reads at most four
-- rows per project instead of ~28, and all portfolios' summaries ~40,000 rows at 10,000 projects
-- instead of 280,000.

-- CreateTable
CREATE TABLE "ComplianceTally" (
    "projectId" UUID NOT NULL,
    "severity" "RuleSeverity" NOT NULL,
    "passed" INTEGER NOT NULL DEFAULT 0,
    "failing" INTEGER NOT NULL DEFAULT 0,
    "waived" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ComplianceTally_pkey" PRIMARY KEY ("projectId","severity")
);

-- AddForeignKey
ALTER TABLE "ComplianceTally" ADD CONSTRAINT "ComplianceTally_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "ComplianceTally" ("projectId", "severity", "passed", "failing", "waived")
SELECT "projectId", "severity",
       COUNT(*) FILTER (WHERE "passed"),
       COUNT(*) FILTER (WHERE NOT "passed" AND NOT "waived"),
       COUNT(*) FILTER (WHERE NOT "passed" AND "waived")
FROM "RuleEvaluation" WHERE "latest" GROUP BY "projectId", "severity";

CREATE FUNCTION "rule_evaluations_tally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- What leaves the latest results (deleted, or updated: superseded, waived, re-judged) first,
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "ComplianceTally" t
    SET "passed" = t."passed" - o."passed", "failing" = t."failing" - o."failing", "waived" = t."waived" - o."waived"
    FROM (
      SELECT "projectId", "severity",
             COUNT(*) FILTER (WHERE "passed") AS "passed",
             COUNT(*) FILTER (WHERE NOT "passed" AND NOT "waived") AS "failing",
             COUNT(*) FILTER (WHERE NOT "passed" AND "waived") AS "waived"
      FROM old_results WHERE "latest" GROUP BY "projectId", "severity"
    ) o
    WHERE t."projectId" = o."projectId" AND t."severity" = o."severity";
  END IF;
  -- then what enters them (inserted, or updated).
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ComplianceTally" AS t ("projectId", "severity", "passed", "failing", "waived")
    SELECT "projectId", "severity",
           COUNT(*) FILTER (WHERE "passed"),
           COUNT(*) FILTER (WHERE NOT "passed" AND NOT "waived"),
           COUNT(*) FILTER (WHERE NOT "passed" AND "waived")
    FROM new_results WHERE "latest" GROUP BY "projectId", "severity"
    ORDER BY "projectId", "severity"
    ON CONFLICT ("projectId", "severity") DO UPDATE
    SET "passed" = t."passed" + EXCLUDED."passed", "failing" = t."failing" + EXCLUDED."failing", "waived" = t."waived" + EXCLUDED."waived";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "RuleEvaluation_tally_insert" AFTER INSERT ON "RuleEvaluation"
  REFERENCING NEW TABLE AS new_results FOR EACH STATEMENT EXECUTE FUNCTION "rule_evaluations_tally"();
CREATE TRIGGER "RuleEvaluation_tally_update" AFTER UPDATE ON "RuleEvaluation"
  REFERENCING OLD TABLE AS old_results NEW TABLE AS new_results FOR EACH STATEMENT EXECUTE FUNCTION "rule_evaluations_tally"();
CREATE TRIGGER "RuleEvaluation_tally_delete" AFTER DELETE ON "RuleEvaluation"
  REFERENCING OLD TABLE AS old_results FOR EACH STATEMENT EXECUTE FUNCTION "rule_evaluations_tally"();
