-- The people in a tasking meeting's scope (lib/dal/meeting-agenda.ts): the links of one kind pair
-- (person → group, person → place, and back) and the places of a neighbourhood, read index-only.
-- IF NOT EXISTS: they may be built by hand (CONCURRENTLY) on a big database before this runs.

-- CreateIndex
CREATE INDEX IF NOT EXISTS "Location_neighbourhoodId_id_idx" ON "Location"("neighbourhoodId", "id");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "Link_toKind_fromKind_toId_fromId_idx" ON "Link"("toKind", "fromKind", "toId", "fromId");

-- Hand-written (Prisma's schema cannot express extended statistics): how the two kinds of a link go
-- together. Without it the planner multiplies their frequencies (every link to a group is from a
-- person, but it guesses a fifth of them are) and hashes all person → group links against the
-- scope's groups instead of looking up each group's. The statistics exist from the next ANALYZE.
CREATE STATISTICS IF NOT EXISTS "Link_toKind_fromKind_stats" (mcv) ON "toKind", "fromKind" FROM "Link";
ANALYZE "Link";
