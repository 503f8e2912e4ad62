-- CreateEnum
CREATE TYPE "GroupStatus" AS ENUM ('EMERGING', 'ACTIVE', 'DORMANT', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Extent" AS ENUM ('UNKNOWN', 'LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "MemberStanding" AS ENUM ('PRINCIPAL_SUBJECT', 'SIGNIFICANT_MEMBER', 'PERIPHERAL_SUBJECT');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('HIGH', 'MEDIUM', 'STANDARD');

-- CreateEnum
CREATE TYPE "AgeGroup" AS ENUM ('CHILD', 'ADULT');

-- CreateEnum
CREATE TYPE "RecordKind" AS ENUM ('GROUP', 'NOMINAL', 'PERSON', 'LOCATION');

-- CreateEnum
CREATE TYPE "LinkType" AS ENUM ('ASSOCIATE_OF', 'FAMILY_OF', 'LIVES_AT', 'USES_VEHICLE', 'FREQUENTS', 'EXPLOITS', 'CONTROLS', 'AT_RISK_FROM', 'OWNS', 'WORKS_AT', 'SUPPLIES', 'VICTIM_OF');

-- CreateEnum
CREATE TYPE "LocationType" AS ENUM ('RESIDENTIAL', 'BUSINESS', 'LICENSED_PREMISES', 'HOTEL', 'CAR_WASH', 'NAIL_BAR', 'TAKEAWAY', 'SHOP', 'WAREHOUSE', 'FARM_OR_RURAL', 'PUBLIC_SPACE', 'OTHER');

-- CreateTable
CREATE TABLE "OrganisedCrimeGroup" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "searchText" TEXT NOT NULL DEFAULT '',
    "status" "GroupStatus" NOT NULL DEFAULT 'EMERGING',
    "crimeTypes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "assessment" TEXT NOT NULL DEFAULT '',
    "partnerSummary" TEXT NOT NULL DEFAULT '',
    "lroId" UUID,
    "sroId" UUID,
    "score" INTEGER,
    "band" TEXT,
    "scoredAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "OrganisedCrimeGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupNeighbourhood" (
    "groupId" UUID NOT NULL,
    "neighbourhoodId" UUID NOT NULL,

    CONSTRAINT "GroupNeighbourhood_pkey" PRIMARY KEY ("groupId","neighbourhoodId")
);

-- CreateTable
CREATE TABLE "GroupShare" (
    "groupId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "sharedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sharedById" UUID,

    CONSTRAINT "GroupShare_pkey" PRIMARY KEY ("groupId","agencyId")
);

-- CreateTable
CREATE TABLE "GroupScoring" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "violence" "Extent" NOT NULL,
    "weapons" "Extent" NOT NULL,
    "infiltration" "Extent" NOT NULL,
    "tacticalAwareness" "Extent" NOT NULL,
    "criminalExpertise" "Extent" NOT NULL,
    "resilience" "Extent" NOT NULL,
    "physical" "Extent" NOT NULL,
    "psychological" "Extent" NOT NULL,
    "financial" "Extent" NOT NULL,
    "community" "Extent" NOT NULL,
    "victimVulnerability" "Extent" NOT NULL,
    "geographicScope" "Extent" NOT NULL,
    "likelihood" "Extent" NOT NULL,
    "confidence" "Confidence" NOT NULL,
    "score" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupScoring_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nominal" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "searchText" TEXT NOT NULL DEFAULT '',
    "dateOfBirth" DATE,
    "pncNumber" TEXT,
    "croNumber" TEXT,
    "phoneNumbers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "vehicles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "addresses" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "warningMarkers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "mainOffences" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "risk" "RiskLevel",
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Nominal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMembership" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "nominalId" UUID NOT NULL,
    "standing" "MemberStanding" NOT NULL,
    "role" TEXT,
    "fromDate" DATE,
    "toDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "GroupMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAtRisk" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "dateOfBirth" DATE,
    "ageYears" INTEGER,
    "ageGroup" "AgeGroup" NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "vulnerabilities" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "riskLevel" "RiskLevel" NOT NULL,
    "leadAgencyId" UUID,
    "consentRecorded" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "PersonAtRisk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonShare" (
    "personId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "sharedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sharedById" UUID,

    CONSTRAINT "PersonShare_pkey" PRIMARY KEY ("personId","agencyId")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" UUID NOT NULL,
    "address" TEXT NOT NULL,
    "postcode" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "neighbourhoodId" UUID,
    "type" "LocationType" NOT NULL,
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Link" (
    "id" UUID NOT NULL,
    "fromKind" "RecordKind" NOT NULL,
    "fromId" UUID NOT NULL,
    "toKind" "RecordKind" NOT NULL,
    "toId" UUID NOT NULL,
    "type" "LinkType" NOT NULL,
    "fromDate" DATE,
    "toDate" DATE,
    "sourceNote" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "Link_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrganisedCrimeGroup_reference_key" ON "OrganisedCrimeGroup"("reference");

-- CreateIndex
CREATE INDEX "OrganisedCrimeGroup_status_score_idx" ON "OrganisedCrimeGroup"("status", "score" DESC);

-- CreateIndex
CREATE INDEX "OrganisedCrimeGroup_band_score_idx" ON "OrganisedCrimeGroup"("band", "score" DESC);

-- CreateIndex
CREATE INDEX "OrganisedCrimeGroup_score_id_idx" ON "OrganisedCrimeGroup"("score" DESC, "id");

-- CreateIndex
CREATE INDEX "OrganisedCrimeGroup_updatedAt_idx" ON "OrganisedCrimeGroup"("updatedAt" DESC);

-- CreateIndex
CREATE INDEX "OrganisedCrimeGroup_crimeTypes_idx" ON "OrganisedCrimeGroup" USING GIN ("crimeTypes");

-- CreateIndex
CREATE INDEX "OrganisedCrimeGroup_lroId_idx" ON "OrganisedCrimeGroup"("lroId");

-- CreateIndex
CREATE INDEX "GroupNeighbourhood_neighbourhoodId_groupId_idx" ON "GroupNeighbourhood"("neighbourhoodId", "groupId");

-- CreateIndex
CREATE INDEX "GroupShare_agencyId_groupId_idx" ON "GroupShare"("agencyId", "groupId");

-- CreateIndex
CREATE INDEX "GroupScoring_groupId_createdAt_idx" ON "GroupScoring"("groupId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Nominal_name_idx" ON "Nominal"("name");

-- CreateIndex
CREATE INDEX "Nominal_updatedAt_idx" ON "Nominal"("updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Nominal_pncNumber_idx" ON "Nominal"("pncNumber");

-- CreateIndex
CREATE INDEX "Nominal_vehicles_idx" ON "Nominal" USING GIN ("vehicles");

-- CreateIndex
CREATE INDEX "Nominal_phoneNumbers_idx" ON "Nominal" USING GIN ("phoneNumbers");

-- CreateIndex
CREATE INDEX "GroupMembership_nominalId_idx" ON "GroupMembership"("nominalId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupMembership_groupId_nominalId_key" ON "GroupMembership"("groupId", "nominalId");

-- CreateIndex
CREATE INDEX "PersonAtRisk_leadAgencyId_riskLevel_idx" ON "PersonAtRisk"("leadAgencyId", "riskLevel");

-- CreateIndex
CREATE INDEX "PersonAtRisk_riskLevel_updatedAt_idx" ON "PersonAtRisk"("riskLevel", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "PersonAtRisk_vulnerabilities_idx" ON "PersonAtRisk" USING GIN ("vulnerabilities");

-- CreateIndex
CREATE INDEX "PersonAtRisk_updatedAt_idx" ON "PersonAtRisk"("updatedAt" DESC);

-- CreateIndex
CREATE INDEX "PersonShare_agencyId_personId_idx" ON "PersonShare"("agencyId", "personId");

-- CreateIndex
CREATE INDEX "Location_neighbourhoodId_type_idx" ON "Location"("neighbourhoodId", "type");

-- CreateIndex
CREATE INDEX "Location_type_idx" ON "Location"("type");

-- CreateIndex
CREATE INDEX "Location_flags_idx" ON "Location" USING GIN ("flags");

-- CreateIndex
CREATE INDEX "Location_updatedAt_idx" ON "Location"("updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Link_fromKind_fromId_idx" ON "Link"("fromKind", "fromId");

-- CreateIndex
CREATE INDEX "Link_toKind_toId_idx" ON "Link"("toKind", "toId");

-- AddForeignKey
ALTER TABLE "OrganisedCrimeGroup" ADD CONSTRAINT "OrganisedCrimeGroup_lroId_fkey" FOREIGN KEY ("lroId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisedCrimeGroup" ADD CONSTRAINT "OrganisedCrimeGroup_sroId_fkey" FOREIGN KEY ("sroId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupNeighbourhood" ADD CONSTRAINT "GroupNeighbourhood_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "OrganisedCrimeGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupNeighbourhood" ADD CONSTRAINT "GroupNeighbourhood_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupShare" ADD CONSTRAINT "GroupShare_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "OrganisedCrimeGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupShare" ADD CONSTRAINT "GroupShare_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupScoring" ADD CONSTRAINT "GroupScoring_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "OrganisedCrimeGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupScoring" ADD CONSTRAINT "GroupScoring_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "OrganisedCrimeGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_nominalId_fkey" FOREIGN KEY ("nominalId") REFERENCES "Nominal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAtRisk" ADD CONSTRAINT "PersonAtRisk_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonShare" ADD CONSTRAINT "PersonShare_personId_fkey" FOREIGN KEY ("personId") REFERENCES "PersonAtRisk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonShare" ADD CONSTRAINT "PersonShare_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: fuzzy name and alias search ("Jon Smyth" finds "John Smith") with trigram
-- indexes over the searchText columns the data layer keeps (name plus aliases, lower-cased).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "OrganisedCrimeGroup_searchText_trgm" ON "OrganisedCrimeGroup" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Nominal_searchText_trgm" ON "Nominal" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "PersonAtRisk_searchText_trgm" ON "PersonAtRisk" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Location_searchText_trgm" ON "Location" USING gin ("searchText" gin_trgm_ops);
