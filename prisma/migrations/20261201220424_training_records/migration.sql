-- AlterTable
ALTER TABLE "TrainingEntry" ADD COLUMN     "batchId" UUID;

-- CreateTable
CREATE TABLE "TrainingRequirement" (
    "year" INTEGER NOT NULL,
    "category" "PracticeCategory" NOT NULL,
    "totalHours" DECIMAL(6,1) NOT NULL,
    "minOnsite" DECIMAL(6,1),
    "minOffline" DECIMAL(6,1),
    "minOnline" DECIMAL(6,1),
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TrainingRequirement_pkey" PRIMARY KEY ("year","category")
);

-- CreateTable
CREATE TABLE "TrainingImportBatch" (
    "id" UUID NOT NULL,
    "filename" TEXT NOT NULL,
    "entryCount" INTEGER NOT NULL,
    "hours" DECIMAL(9,1) NOT NULL,
    "createdById" UUID,
    "createdByName" TEXT NOT NULL,
    "reversedAt" TIMESTAMPTZ(3),
    "reverseReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrainingImportBatch_createdAt_idx" ON "TrainingImportBatch"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingEntry_reversesId_key" ON "TrainingEntry"("reversesId");

-- CreateIndex
CREATE INDEX "TrainingEntry_batchId_idx" ON "TrainingEntry"("batchId");

-- AddForeignKey
ALTER TABLE "TrainingEntry" ADD CONSTRAINT "TrainingEntry_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "TrainingImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

