-- CreateTable
CREATE TABLE "ScheduleStamp" (
    "projectId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ScheduleStamp_pkey" PRIMARY KEY ("projectId")
);

-- AddForeignKey
ALTER TABLE "ScheduleStamp" ADD CONSTRAINT "ScheduleStamp_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The stamp moves with every statement that changes what a project's schedule is computed from.
-- Statement-level triggers with transition tables: one bump per project per statement, however
-- many rows (an import of 1,000 tasks bumps once). A project being deleted (its rows cascading)
-- is gone by the time its children's triggers run, so the join leaves it out.
CREATE FUNCTION "schedule_stamp_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ScheduleStamp" AS s ("projectId", "version")
  SELECT DISTINCT c."projectId", 1 FROM changed c JOIN "Project" p ON p."id" = c."projectId"
  ON CONFLICT ("projectId") DO UPDATE SET "version" = s."version" + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "Task_stamp_insert" AFTER INSERT ON "Task" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "Task_stamp_update" AFTER UPDATE ON "Task" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "Task_stamp_delete" AFTER DELETE ON "Task" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "TaskDependency_stamp_insert" AFTER INSERT ON "TaskDependency" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "TaskDependency_stamp_update" AFTER UPDATE ON "TaskDependency" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "TaskDependency_stamp_delete" AFTER DELETE ON "TaskDependency" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "TaskProgress_stamp_insert" AFTER INSERT ON "TaskProgress" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "TaskProgress_stamp_update" AFTER UPDATE ON "TaskProgress" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "TaskProgress_stamp_delete" AFTER DELETE ON "TaskProgress" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "ProjectCalendar_stamp_insert" AFTER INSERT ON "ProjectCalendar" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "ProjectCalendar_stamp_update" AFTER UPDATE ON "ProjectCalendar" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "ProjectCalendar_stamp_delete" AFTER DELETE ON "ProjectCalendar" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
-- Baselines are written once (their tasks in the same transaction) and only deleted with the project.
CREATE TRIGGER "ScheduleBaseline_stamp_insert" AFTER INSERT ON "ScheduleBaseline" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();
CREATE TRIGGER "ScheduleBaseline_stamp_delete" AFTER DELETE ON "ScheduleBaseline" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "schedule_stamp_bump"();

-- The project's own inputs: its start (where the network begins), its target end date (the
-- slip), and the baseline picked as the performance measurement baseline.
CREATE FUNCTION "schedule_stamp_bump_project"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ScheduleStamp" AS s ("projectId", "version") VALUES (NEW."id", 1)
  ON CONFLICT ("projectId") DO UPDATE SET "version" = s."version" + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "Project_stamp_update" AFTER UPDATE OF "startDate", "targetEndDate", "currentBaselineId" ON "Project" FOR EACH ROW
  WHEN (OLD."startDate" IS DISTINCT FROM NEW."startDate" OR OLD."targetEndDate" IS DISTINCT FROM NEW."targetEndDate"
        OR OLD."currentBaselineId" IS DISTINCT FROM NEW."currentBaselineId")
  EXECUTE FUNCTION "schedule_stamp_bump_project"();
