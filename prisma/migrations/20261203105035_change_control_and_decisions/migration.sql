-- CreateEnum
CREATE TYPE "ChangeRequestKind" AS ENUM ('SCOPE', 'SCHEDULE', 'BUDGET', 'RESOURCES', 'OTHER');

-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ChangeApproverRole" AS ENUM ('PORTFOLIO_OWNER', 'PMO');

-- CreateEnum
CREATE TYPE "ChangeApprovalDecision" AS ENUM ('APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "ChangeRequestKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "budgetDelta" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "finishDeltaDays" INTEGER NOT NULL DEFAULT 0,
    "scopeDelta" INTEGER NOT NULL DEFAULT 0,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'DRAFT',
    "raisedById" UUID,
    "requiresPmoApproval" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "decisionReason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRequestApproval" (
    "id" UUID NOT NULL,
    "changeRequestId" UUID NOT NULL,
    "approverId" UUID,
    "role" "ChangeApproverRole" NOT NULL,
    "decision" "ChangeApprovalDecision" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeRequestApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeControlSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "pmoApprovalAboveBudgetDelta" DECIMAL(14,2) NOT NULL DEFAULT 50000,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeControlSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "projectId" UUID,
    "portfolioId" UUID,
    "title" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ChangeRequestToDecision" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_ChangeRequestToDecision_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DecisionToProjectPhase" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_DecisionToProjectPhase_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "ChangeRequest_projectId_createdAt_id_idx" ON "ChangeRequest"("projectId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ChangeRequest_projectId_status_createdAt_id_idx" ON "ChangeRequest"("projectId", "status", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeRequestApproval_changeRequestId_role_key" ON "ChangeRequestApproval"("changeRequestId", "role");

-- CreateIndex
CREATE INDEX "Decision_projectId_decidedAt_id_idx" ON "Decision"("projectId", "decidedAt", "id");

-- CreateIndex
CREATE INDEX "Decision_portfolioId_decidedAt_id_idx" ON "Decision"("portfolioId", "decidedAt", "id");

-- CreateIndex
CREATE INDEX "_ChangeRequestToDecision_B_index" ON "_ChangeRequestToDecision"("B");

-- CreateIndex
CREATE INDEX "_DecisionToProjectPhase_B_index" ON "_DecisionToProjectPhase"("B");

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequestApproval" ADD CONSTRAINT "ChangeRequestApproval_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequestApproval" ADD CONSTRAINT "ChangeRequestApproval_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChangeRequestToDecision" ADD CONSTRAINT "_ChangeRequestToDecision_A_fkey" FOREIGN KEY ("A") REFERENCES "ChangeRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChangeRequestToDecision" ADD CONSTRAINT "_ChangeRequestToDecision_B_fkey" FOREIGN KEY ("B") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DecisionToProjectPhase" ADD CONSTRAINT "_DecisionToProjectPhase_A_fkey" FOREIGN KEY ("A") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DecisionToProjectPhase" ADD CONSTRAINT "_DecisionToProjectPhase_B_fkey" FOREIGN KEY ("B") REFERENCES "ProjectPhase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
