-- CreateTable
CREATE TABLE "ProjectDependency" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "needsProjectId" UUID NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "addedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectDependency_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectDependency_needsProjectId_idx" ON "ProjectDependency"("needsProjectId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectDependency_projectId_needsProjectId_key" ON "ProjectDependency"("projectId", "needsProjectId");

-- AddForeignKey
ALTER TABLE "ProjectDependency" ADD CONSTRAINT "ProjectDependency_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectDependency" ADD CONSTRAINT "ProjectDependency_needsProjectId_fkey" FOREIGN KEY ("needsProjectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectDependency" ADD CONSTRAINT "ProjectDependency_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
