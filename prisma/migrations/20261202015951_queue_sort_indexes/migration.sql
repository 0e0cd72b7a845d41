-- CreateIndex
CREATE INDEX "LawyerProfile_submittedAt_id_idx" ON "LawyerProfile"("submittedAt", "id");

-- CreateIndex
CREATE INDEX "Ticket_createdAt_number_idx" ON "Ticket"("createdAt", "number");

-- CreateIndex
CREATE INDEX "CardApplication_createdAt_number_idx" ON "CardApplication"("createdAt", "number");

-- CreateIndex
CREATE INDEX "CertificateApplication_createdAt_number_idx" ON "CertificateApplication"("createdAt", "number");

