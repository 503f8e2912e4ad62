-- DropIndex
DROP INDEX "Location_type_idx";

-- CreateIndex
CREATE INDEX "Location_address_id_idx" ON "Location"("address", "id");

-- CreateIndex
CREATE INDEX "Location_type_id_idx" ON "Location"("type", "id");

-- CreateIndex
CREATE INDEX "Action_dueDate_id_idx" ON "Action"("dueDate", "id");

-- CreateIndex
CREATE INDEX "Action_priority_id_idx" ON "Action"("priority", "id");

-- CreateIndex
CREATE INDEX "Action_updatedAt_id_idx" ON "Action"("updatedAt", "id");
