-- Hand-written (Prisma's schema cannot express partial indexes): a partner's "all actions I can
-- see" (listActions) reads each branch of the visibility rule on its own (finding 3 in
-- docs/benchmarks.md). These two replace the partial indexes of 20261125035617_partner_action_indexes
-- with covering ones, same leading column and predicate: status and due date (the list's filter and
-- default order) and the id, so the shared branches are index-only scans, in place of a BitmapAnd
-- with Action (status, dueDate) and a heap fetch per candidate row.
-- IF [NOT] EXISTS: they may be built by hand (CONCURRENTLY) on a big database before this runs.
CREATE INDEX IF NOT EXISTS "Action_groupId_shared_status_idx" ON "Action" ("groupId", "status", "dueDate", "id") WHERE "sharedWithPartnership";
DROP INDEX IF EXISTS "Action_groupId_shared_idx";

CREATE INDEX IF NOT EXISTS "Action_personId_shared_plan_status_idx" ON "Action" ("personId", "status", "dueDate", "id") WHERE "sharedWithPartnership" AND "groupId" IS NULL;
DROP INDEX IF EXISTS "Action_personId_shared_plan_idx";
