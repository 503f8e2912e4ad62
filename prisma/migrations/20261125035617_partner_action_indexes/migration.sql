-- CreateIndex
CREATE INDEX "Action_owningAgencyId_groupId_idx" ON "Action"("owningAgencyId", "groupId");

-- Hand-written (Prisma's schema cannot express partial indexes): the branches of a partner's
-- action visibility that read "shared with the partnership" on their visible groups and people.
CREATE INDEX "Action_groupId_shared_idx" ON "Action" ("groupId") WHERE "sharedWithPartnership";
CREATE INDEX "Action_personId_shared_plan_idx" ON "Action" ("personId") WHERE "sharedWithPartnership" AND "groupId" IS NULL;
