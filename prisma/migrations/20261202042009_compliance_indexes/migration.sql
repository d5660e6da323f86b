-- CreateIndex
CREATE INDEX "RuleEvaluation_latest_summary_idx" ON "RuleEvaluation"("projectId", "severity", "passed", "waived") WHERE ("latest" = true);
