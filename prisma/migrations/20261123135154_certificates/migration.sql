-- CreateEnum
CREATE TYPE "CertificateReviewMode" AS ENUM ('AUTOMATIC', 'MANUAL');

-- CreateEnum
CREATE TYPE "CertificateState" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PaperPickup" AS ENUM ('SELF', 'MAIL');

-- CreateEnum
CREATE TYPE "PaperState" AS ENUM ('WAITING_PICKUP', 'PICKED_UP', 'MAILED');

-- CreateTable
CREATE TABLE "CertificateType" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "fields" JSONB NOT NULL,
    "namesLawyers" BOOLEAN NOT NULL DEFAULT false,
    "applicantKinds" TEXT[],
    "validityDays" INTEGER NOT NULL,
    "reviewMode" "CertificateReviewMode" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CertificateType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateApplication" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "typeId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "state" "CertificateState" NOT NULL DEFAULT 'PENDING',
    "version" INTEGER NOT NULL DEFAULT 0,
    "template" JSONB NOT NULL,
    "applicant" JSONB NOT NULL,
    "values" JSONB NOT NULL,
    "lawyers" JSONB NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "paperQuantity" INTEGER NOT NULL DEFAULT 0,
    "paperPickup" "PaperPickup",
    "recipient" TEXT,
    "recipientPhone" TEXT,
    "address" TEXT,
    "paperState" "PaperState",
    "trackingNo" TEXT,
    "rejectReason" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewerId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CertificateApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "applicationId" UUID NOT NULL,
    "typeName" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "fileKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "revokeReason" TEXT,
    "revokedBy" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateDraft" (
    "accountId" UUID NOT NULL,
    "step" INTEGER NOT NULL,
    "input" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CertificateDraft_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "MailMessage" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attachments" JSONB NOT NULL,
    "purpose" TEXT NOT NULL,
    "accountId" UUID,
    "transport" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CertificateType_name_key" ON "CertificateType"("name");

-- CreateIndex
CREATE UNIQUE INDEX "CertificateApplication_number_key" ON "CertificateApplication"("number");

-- CreateIndex
CREATE INDEX "CertificateApplication_accountId_createdAt_idx" ON "CertificateApplication"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "CertificateApplication_state_createdAt_idx" ON "CertificateApplication"("state", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_number_key" ON "Certificate"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_applicationId_key" ON "Certificate"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_sha256_key" ON "Certificate"("sha256");

-- CreateIndex
CREATE INDEX "MailMessage_createdAt_idx" ON "MailMessage"("createdAt");

-- AddForeignKey
ALTER TABLE "CertificateApplication" ADD CONSTRAINT "CertificateApplication_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "CertificateType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateApplication" ADD CONSTRAINT "CertificateApplication_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "CertificateApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateDraft" ADD CONSTRAINT "CertificateDraft_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

