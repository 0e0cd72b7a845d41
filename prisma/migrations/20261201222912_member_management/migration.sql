-- CreateEnum
CREATE TYPE "OrganisationStatus" AS ENUM ('ACTIVE', 'CLOSED');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "headName" TEXT,
ADD COLUMN     "status" "OrganisationStatus" NOT NULL DEFAULT 'ACTIVE';

-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "emailOff" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "smsOff" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "LawyerTransfer" (
    "id" UUID NOT NULL,
    "lawyerId" UUID NOT NULL,
    "fromOrganisationId" UUID NOT NULL,
    "toOrganisationId" UUID NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "ticketId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LawyerTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LawyerTransfer_lawyerId_createdAt_idx" ON "LawyerTransfer"("lawyerId", "createdAt");

-- CreateIndex
CREATE INDEX "LawyerTransfer_fromOrganisationId_effectiveOn_idx" ON "LawyerTransfer"("fromOrganisationId", "effectiveOn");

-- CreateIndex
CREATE INDEX "LawyerTransfer_toOrganisationId_effectiveOn_idx" ON "LawyerTransfer"("toOrganisationId", "effectiveOn");

-- AddForeignKey
ALTER TABLE "LawyerTransfer" ADD CONSTRAINT "LawyerTransfer_lawyerId_fkey" FOREIGN KEY ("lawyerId") REFERENCES "Lawyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LawyerTransfer" ADD CONSTRAINT "LawyerTransfer_fromOrganisationId_fkey" FOREIGN KEY ("fromOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LawyerTransfer" ADD CONSTRAINT "LawyerTransfer_toOrganisationId_fkey" FOREIGN KEY ("toOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

