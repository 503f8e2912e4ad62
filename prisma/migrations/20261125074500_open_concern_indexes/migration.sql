-- Hand-written (Prisma's schema cannot express partial indexes): the analysts' triage queue
-- (listTriage) lists OPEN concerns (NEW or IN_ASSESSMENT) oldest first. With two statuses in the
-- condition no full index gives that order, so Postgres sorted every open concern for each page
-- (76,000 on the national data: 370 ms). Open concerns are a few per cent of all concerns, so
-- these stay small; the queue, its capped count and a neighbourhood's queue read them in order.
-- IF NOT EXISTS: they may be built by hand (CONCURRENTLY) on a big database before this runs.
CREATE INDEX IF NOT EXISTS "Concern_open_createdAt_idx" ON "Concern" ("createdAt", "id") WHERE status IN ('NEW', 'IN_ASSESSMENT');
CREATE INDEX IF NOT EXISTS "Concern_open_occurredAt_idx" ON "Concern" ("occurredAt", "id") WHERE status IN ('NEW', 'IN_ASSESSMENT');
CREATE INDEX IF NOT EXISTS "Concern_open_neighbourhood_createdAt_idx" ON "Concern" ("neighbourhoodId", "createdAt", "id") WHERE status IN ('NEW', 'IN_ASSESSMENT');
