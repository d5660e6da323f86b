-- DropIndex
DROP INDEX "Project_status_idx";

-- DropIndex
DROP INDEX "Risk_status_score_idx";

-- CreateIndex
CREATE INDEX "Project_status_id_idx" ON "Project"("status", "id");

-- CreateIndex
CREATE INDEX "Project_health_id_idx" ON "Project"("health", "id");

-- CreateIndex
CREATE INDEX "Project_name_id_idx" ON "Project"("name", "id");

-- CreateIndex
CREATE INDEX "Project_startDate_id_idx" ON "Project"("startDate", "id");

-- CreateIndex
CREATE INDEX "Project_targetEndDate_id_idx" ON "Project"("targetEndDate", "id");

-- CreateIndex
CREATE INDEX "Project_createdAt_id_idx" ON "Project"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Project_updatedAt_id_idx" ON "Project"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Risk_status_score_id_idx" ON "Risk"("status", "score", "id");

-- CreateIndex
CREATE INDEX "Risk_score_id_idx" ON "Risk"("score", "id");

-- CreateIndex
CREATE INDEX "Risk_dueDate_id_idx" ON "Risk"("dueDate", "id");

-- CreateIndex
CREATE INDEX "Risk_createdAt_id_idx" ON "Risk"("createdAt", "id");

-- CreateIndex
CREATE INDEX "User_name_id_idx" ON "User"("name", "id");
