-- CreateEnum
CREATE TYPE "ConcernStatus" AS ENUM ('NEW', 'IN_ASSESSMENT', 'OUTCOME');

-- CreateEnum
CREATE TYPE "ConcernOutcome" AS ENUM ('LINKED_TO_GROUP', 'NEW_EMERGING_GROUP', 'REFERRED', 'ESCALATED_TO_TASKING', 'NO_FURTHER_ACTION');

-- CreateEnum
CREATE TYPE "ConcernSource" AS ENUM ('OWN_OBSERVATION', 'MEMBER_OF_PUBLIC', 'PARTNER', 'CCTV', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceEvaluation" AS ENUM ('RELIABLE', 'UNTESTED', 'NOT_RELIABLE');

-- CreateEnum
CREATE TYPE "IntelligenceAssessment" AS ENUM ('A', 'B', 'C', 'D', 'E');

-- CreateEnum
CREATE TYPE "HandlingCode" AS ENUM ('P', 'C');

-- CreateTable
CREATE TABLE "Concern" (
    "id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "indicators" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "locationId" UUID,
    "neighbourhoodId" UUID,
    "peopleMentioned" TEXT NOT NULL DEFAULT '',
    "vehiclesMentioned" TEXT NOT NULL DEFAULT '',
    "source" "ConcernSource" NOT NULL,
    "immediateRisk" BOOLEAN NOT NULL DEFAULT false,
    "reportedById" UUID NOT NULL,
    "reporterAgencyId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "ConcernStatus" NOT NULL DEFAULT 'NEW',
    "assessorId" UUID,
    "sourceEvaluation" "SourceEvaluation",
    "intelAssessment" "IntelligenceAssessment",
    "handlingCode" "HandlingCode",
    "gradingReason" TEXT NOT NULL DEFAULT '',
    "handlingConditions" TEXT NOT NULL DEFAULT '',
    "sanitisedSummary" TEXT NOT NULL DEFAULT '',
    "outcome" "ConcernOutcome",
    "outcomeNote" TEXT NOT NULL DEFAULT '',
    "outcomeAt" TIMESTAMPTZ(3),
    "referredAgencyId" UUID,
    "groupId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "Concern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConcernLink" (
    "concernId" UUID NOT NULL,
    "kind" "RecordKind" NOT NULL,
    "recordId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConcernLink_pkey" PRIMARY KEY ("concernId","kind","recordId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "href" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Concern_status_createdAt_idx" ON "Concern"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Concern_neighbourhoodId_status_createdAt_idx" ON "Concern"("neighbourhoodId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Concern_category_status_createdAt_idx" ON "Concern"("category", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Concern_immediateRisk_status_createdAt_idx" ON "Concern"("immediateRisk", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Concern_reportedById_createdAt_idx" ON "Concern"("reportedById", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Concern_referredAgencyId_outcomeAt_idx" ON "Concern"("referredAgencyId", "outcomeAt" DESC);

-- CreateIndex
CREATE INDEX "Concern_groupId_idx" ON "Concern"("groupId");

-- CreateIndex
CREATE INDEX "Concern_locationId_idx" ON "Concern"("locationId");

-- CreateIndex
CREATE INDEX "ConcernLink_kind_recordId_createdAt_idx" ON "ConcernLink"("kind", "recordId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_reporterAgencyId_fkey" FOREIGN KEY ("reporterAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_referredAgencyId_fkey" FOREIGN KEY ("referredAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "OrganisedCrimeGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernLink" ADD CONSTRAINT "ConcernLink_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
