-- CreateEnum
CREATE TYPE "ReferralType" AS ENUM ('MASH', 'ADULT_SAFEGUARDING', 'NRM', 'DUTY_TO_NOTIFY', 'HOUSING', 'HEALTH', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('SENT', 'ACCEPTED', 'DECLINED', 'CLOSED');

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "type" "ReferralType" NOT NULL,
    "receivingAgencyId" UUID NOT NULL,
    "referredOn" DATE NOT NULL,
    "consent" BOOLEAN NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'SENT',
    "decisionOn" DATE,
    "reasonableGroundsOn" DATE,
    "conclusiveGroundsOn" DATE,
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Referral_personId_referredOn_idx" ON "Referral"("personId", "referredOn" DESC);

-- CreateIndex
CREATE INDEX "Referral_receivingAgencyId_status_referredOn_idx" ON "Referral"("receivingAgencyId", "status", "referredOn" DESC);

-- CreateIndex
CREATE INDEX "Referral_type_status_idx" ON "Referral"("type", "status");

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_personId_fkey" FOREIGN KEY ("personId") REFERENCES "PersonAtRisk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_receivingAgencyId_fkey" FOREIGN KEY ("receivingAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
