-- CreateEnum
CREATE TYPE "DocumentState" AS ENUM ('DRAFT', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "SecrecyLevel" AS ENUM ('PUBLIC', 'INTERNAL', 'SECRET', 'CONFIDENTIAL', 'TOP_SECRET');

-- CreateEnum
CREATE TYPE "CirculationKind" AS ENUM ('ALL_LAWYERS', 'PRACTICE_CATEGORY', 'FIRM_HEADS', 'ORGANISATION', 'GROUP', 'MEMBER');

-- CreateTable
CREATE TABLE "OfficialDocument" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "receivedOn" DATE NOT NULL,
    "secrecy" "SecrecyLevel" NOT NULL,
    "title" TEXT NOT NULL,
    "subjectWords" TEXT,
    "body" TEXT NOT NULL,
    "readBy" DATE,
    "state" "DocumentState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "withdrawReason" TEXT,
    "createdById" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "remindedAt" TIMESTAMPTZ(3),
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OfficialDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CirculationTarget" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "CirculationKind" NOT NULL,
    "category" "PracticeCategory",
    "organisationId" UUID,
    "groupId" UUID,
    "accountId" UUID,
    "label" TEXT NOT NULL,

    CONSTRAINT "CirculationTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRecipient" (
    "documentId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "following" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentRecipient_pkey" PRIMARY KEY ("documentId","accountId")
);

-- CreateTable
CREATE TABLE "DocumentAttachment" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "feedbackId" UUID,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentFeedback" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "authorId" UUID,
    "authorName" TEXT NOT NULL,
    "fromStaff" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CirculationGroup" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CirculationGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CirculationGroupMember" (
    "groupId" UUID NOT NULL,
    "accountId" UUID NOT NULL,

    CONSTRAINT "CirculationGroupMember_pkey" PRIMARY KEY ("groupId","accountId")
);

-- CreateIndex
CREATE UNIQUE INDEX "OfficialDocument_number_key" ON "OfficialDocument"("number");

-- CreateIndex
CREATE INDEX "OfficialDocument_state_updatedAt_idx" ON "OfficialDocument"("state", "updatedAt");

-- CreateIndex
CREATE INDEX "OfficialDocument_state_readBy_idx" ON "OfficialDocument"("state", "readBy");

-- CreateIndex
CREATE UNIQUE INDEX "CirculationTarget_documentId_position_key" ON "CirculationTarget"("documentId", "position");

-- CreateIndex
CREATE INDEX "DocumentRecipient_accountId_createdAt_idx" ON "DocumentRecipient"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "DocumentRecipient_documentId_targetId_readAt_idx" ON "DocumentRecipient"("documentId", "targetId", "readAt");

-- CreateIndex
CREATE INDEX "DocumentAttachment_documentId_idx" ON "DocumentAttachment"("documentId");

-- CreateIndex
CREATE INDEX "DocumentFeedback_documentId_createdAt_idx" ON "DocumentFeedback"("documentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CirculationGroup_name_key" ON "CirculationGroup"("name");

-- CreateIndex
CREATE INDEX "CirculationGroupMember_accountId_idx" ON "CirculationGroupMember"("accountId");

-- AddForeignKey
ALTER TABLE "CirculationTarget" ADD CONSTRAINT "CirculationTarget_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "OfficialDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRecipient" ADD CONSTRAINT "DocumentRecipient_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "OfficialDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRecipient" ADD CONSTRAINT "DocumentRecipient_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRecipient" ADD CONSTRAINT "DocumentRecipient_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "CirculationTarget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAttachment" ADD CONSTRAINT "DocumentAttachment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "OfficialDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAttachment" ADD CONSTRAINT "DocumentAttachment_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "DocumentFeedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFeedback" ADD CONSTRAINT "DocumentFeedback_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "OfficialDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFeedback" ADD CONSTRAINT "DocumentFeedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CirculationGroupMember" ADD CONSTRAINT "CirculationGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CirculationGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CirculationGroupMember" ADD CONSTRAINT "CirculationGroupMember_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

