-- CreateIndex
CREATE INDEX "Nominal_dateOfBirth_id_idx" ON "Nominal"("dateOfBirth", "id");

-- CreateIndex
CREATE INDEX "PersonAtRisk_name_id_idx" ON "PersonAtRisk"("name", "id");
