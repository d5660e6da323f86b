-- CreateTable
CREATE TABLE "_DecisionToPortfolioScenario" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_DecisionToPortfolioScenario_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_DecisionToPortfolioScenario_B_index" ON "_DecisionToPortfolioScenario"("B");

-- AddForeignKey
ALTER TABLE "_DecisionToPortfolioScenario" ADD CONSTRAINT "_DecisionToPortfolioScenario_A_fkey" FOREIGN KEY ("A") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DecisionToPortfolioScenario" ADD CONSTRAINT "_DecisionToPortfolioScenario_B_fkey" FOREIGN KEY ("B") REFERENCES "PortfolioScenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;
