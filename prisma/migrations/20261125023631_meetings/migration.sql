-- CreateEnum
CREATE TYPE "MeetingType" AS ENUM ('POLICE_TACTICAL', 'PARTNERSHIP');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'CLOSED');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('ESCALATED_CONCERN', 'PRIORITY_GROUP', 'GROUP_SCORE_ROSE', 'PERSON_HIGH_RISK', 'OVERDUE_ACTION', 'LATE_REFERRAL', 'ACTION_REVIEW', 'FREE');

-- CreateEnum
CREATE TYPE "MeetingDecision" AS ENUM ('ADOPT', 'MONITOR', 'NO_FURTHER_ACTION', 'REFER', 'ESCALATE');

-- AlterTable
ALTER TABLE "PersonAtRisk" ADD COLUMN     "riskLevelSince" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Hand-written: people already recorded have had their risk level since they were recorded (the best we know).
UPDATE "PersonAtRisk" SET "riskLevelSince" = "createdAt";

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "meetingItemId" UUID;

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "type" "MeetingType" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "chairId" UUID NOT NULL,
    "minutes" TEXT NOT NULL DEFAULT '',
    "partnerMinutes" TEXT NOT NULL DEFAULT '',
    "closedAt" TIMESTAMPTZ(3),
    "minutesPublishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingNeighbourhood" (
    "meetingId" UUID NOT NULL,
    "neighbourhoodId" UUID NOT NULL,

    CONSTRAINT "MeetingNeighbourhood_pkey" PRIMARY KEY ("meetingId","neighbourhoodId")
);

-- CreateTable
CREATE TABLE "MeetingAttendee" (
    "meetingId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "MeetingAttendee_pkey" PRIMARY KEY ("meetingId","userId")
);

-- CreateTable
CREATE TABLE "MeetingAgency" (
    "meetingId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,

    CONSTRAINT "MeetingAgency_pkey" PRIMARY KEY ("meetingId","agencyId")
);

-- CreateTable
CREATE TABLE "MeetingItem" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "AgendaItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "partnerTitle" TEXT NOT NULL DEFAULT '',
    "groupId" UUID,
    "personId" UUID,
    "concernId" UUID,
    "actionId" UUID,
    "referralId" UUID,
    "decision" "MeetingDecision",
    "rationale" TEXT NOT NULL DEFAULT '',
    "partnerNote" TEXT NOT NULL DEFAULT '',
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt" DESC);

-- CreateIndex
CREATE INDEX "Meeting_status_startsAt_idx" ON "Meeting"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_chairId_startsAt_idx" ON "Meeting"("chairId", "startsAt" DESC);

-- CreateIndex
CREATE INDEX "MeetingNeighbourhood_neighbourhoodId_meetingId_idx" ON "MeetingNeighbourhood"("neighbourhoodId", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingAttendee_userId_meetingId_idx" ON "MeetingAttendee"("userId", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingAgency_agencyId_meetingId_idx" ON "MeetingAgency"("agencyId", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingItem_meetingId_position_idx" ON "MeetingItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "MeetingItem_groupId_idx" ON "MeetingItem"("groupId");

-- CreateIndex
CREATE INDEX "MeetingItem_personId_idx" ON "MeetingItem"("personId");

-- CreateIndex
CREATE INDEX "MeetingItem_concernId_idx" ON "MeetingItem"("concernId");

-- CreateIndex
CREATE INDEX "MeetingItem_actionId_idx" ON "MeetingItem"("actionId");

-- CreateIndex
CREATE INDEX "PersonAtRisk_riskLevel_riskLevelSince_idx" ON "PersonAtRisk"("riskLevel", "riskLevelSince" DESC);

-- CreateIndex
CREATE INDEX "Action_meetingItemId_idx" ON "Action"("meetingItemId");

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_meetingItemId_fkey" FOREIGN KEY ("meetingItemId") REFERENCES "MeetingItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingNeighbourhood" ADD CONSTRAINT "MeetingNeighbourhood_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingNeighbourhood" ADD CONSTRAINT "MeetingNeighbourhood_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAgency" ADD CONSTRAINT "MeetingAgency_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAgency" ADD CONSTRAINT "MeetingAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingItem" ADD CONSTRAINT "MeetingItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingItem" ADD CONSTRAINT "MeetingItem_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
