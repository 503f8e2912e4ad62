-- CreateIndex
CREATE INDEX "Concern_neighbourhoodId_outcome_outcomeAt_idx" ON "Concern"("neighbourhoodId", "outcome", "outcomeAt");

-- CreateIndex
CREATE INDEX "Referral_referredOn_id_idx" ON "Referral"("referredOn", "id");

-- CreateIndex
CREATE INDEX "MeetingItem_decision_decidedAt_idx" ON "MeetingItem"("decision", "decidedAt" DESC);
