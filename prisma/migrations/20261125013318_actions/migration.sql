-- CreateEnum
CREATE TYPE "PlanStrand" AS ENUM ('PURSUE', 'PREVENT', 'PROTECT', 'PREPARE');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ActionPriority" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "DisruptionOutcome" AS ENUM ('MAJOR', 'MODERATE', 'MINOR', 'NONE', 'NEGATIVE');

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL,
    "groupId" UUID,
    "personId" UUID,
    "strand" "PlanStrand" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "owningAgencyId" UUID NOT NULL,
    "assigneeId" UUID,
    "dueDate" DATE NOT NULL,
    "priority" "ActionPriority" NOT NULL DEFAULT 'MEDIUM',
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "subjectKind" "RecordKind" NOT NULL,
    "subjectId" UUID NOT NULL,
    "outcomeNote" TEXT NOT NULL DEFAULT '',
    "disruptionOutcome" "DisruptionOutcome",
    "sharedWithPartnership" BOOLEAN NOT NULL DEFAULT false,
    "completedAt" TIMESTAMPTZ(3),
    "overdueNotifiedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "statusFrom" "ActionStatus",
    "statusTo" "ActionStatus",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Action_groupId_strand_status_idx" ON "Action"("groupId", "strand", "status");

-- CreateIndex
CREATE INDEX "Action_personId_status_idx" ON "Action"("personId", "status");

-- CreateIndex
CREATE INDEX "Action_owningAgencyId_status_dueDate_idx" ON "Action"("owningAgencyId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Action_assigneeId_status_dueDate_idx" ON "Action"("assigneeId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Action_status_dueDate_idx" ON "Action"("status", "dueDate");

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_createdAt_idx" ON "ActionUpdate"("actionId", "createdAt");

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "OrganisedCrimeGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_personId_fkey" FOREIGN KEY ("personId") REFERENCES "PersonAtRisk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_owningAgencyId_fkey" FOREIGN KEY ("owningAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
