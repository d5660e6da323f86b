-- CreateEnum
CREATE TYPE "SkillCategory" AS ENUM ('WAYS_OF_WORKING', 'POWER_SKILLS', 'BUSINESS_ACUMEN', 'TECHNICAL');

-- CreateEnum
CREATE TYPE "SkillSource" AS ENUM ('SELF', 'MANAGER', 'COURSE', 'CERTIFICATION');

-- CreateTable
CREATE TABLE "Skill" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" "SkillCategory" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSkill" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "skillId" UUID NOT NULL,
    "level" INTEGER NOT NULL,
    "source" "SkillSource" NOT NULL,
    "assessedById" UUID,
    "assessedAt" TIMESTAMPTZ(3) NOT NULL,
    "confirmedById" UUID,
    "confirmedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "UserSkill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSkillChange" (
    "id" UUID NOT NULL,
    "userSkillId" UUID NOT NULL,
    "fromLevel" INTEGER,
    "toLevel" INTEGER NOT NULL,
    "source" "SkillSource" NOT NULL,
    "confirmed" BOOLEAN NOT NULL,
    "changedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserSkillChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Skill_key_key" ON "Skill"("key");

-- CreateIndex
CREATE INDEX "Skill_name_id_idx" ON "Skill"("name", "id");

-- CreateIndex
CREATE INDEX "UserSkill_skillId_level_idx" ON "UserSkill"("skillId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "UserSkill_userId_skillId_key" ON "UserSkill"("userId", "skillId");

-- CreateIndex
CREATE INDEX "UserSkillChange_userSkillId_createdAt_idx" ON "UserSkillChange"("userSkillId", "createdAt");

-- AddForeignKey
ALTER TABLE "UserSkill" ADD CONSTRAINT "UserSkill_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSkill" ADD CONSTRAINT "UserSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSkill" ADD CONSTRAINT "UserSkill_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSkill" ADD CONSTRAINT "UserSkill_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSkillChange" ADD CONSTRAINT "UserSkillChange_userSkillId_fkey" FOREIGN KEY ("userSkillId") REFERENCES "UserSkill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSkillChange" ADD CONSTRAINT "UserSkillChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Levels are 1..5 (the README's proficiency scale).
ALTER TABLE "UserSkill" ADD CONSTRAINT "UserSkill_level" CHECK ("level" BETWEEN 1 AND 5);
ALTER TABLE "UserSkillChange" ADD CONSTRAINT "UserSkillChange_level" CHECK ("toLevel" BETWEEN 1 AND 5 AND ("fromLevel" IS NULL OR "fromLevel" BETWEEN 1 AND 5));
