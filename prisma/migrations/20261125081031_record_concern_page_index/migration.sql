-- A record's concerns (lib/dal/concerns.ts: the timeline on its page and its paged concerns page)
-- are read most recently linked first, with the concern id breaking ties so that pages never
-- overlap or skip. The old index (kind, recordId, createdAt DESC) gave the first key only: Postgres
-- added an incremental sort and fetched every skipped row from the heap for its concernId (34 ms
-- for page 50 of the busiest national group, one heap page per row). With the id in the index,
-- a page and the record's capped count are index-only scans in order. Same leading columns, so
-- it replaces the old index for every query that used it.
-- IF [NOT] EXISTS: it may be built by hand (CONCURRENTLY) on a big database before this runs.
CREATE INDEX IF NOT EXISTS "ConcernLink_kind_recordId_createdAt_concernId_idx" ON "ConcernLink"("kind", "recordId", "createdAt" DESC, "concernId" DESC);
DROP INDEX IF EXISTS "ConcernLink_kind_recordId_createdAt_idx";
