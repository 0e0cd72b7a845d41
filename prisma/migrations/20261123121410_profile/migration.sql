-- CreateEnum
CREATE TYPE "ProfileState" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ProfileSection" AS ENUM ('BASIC', 'EDUCATION', 'WORK', 'FAMILY', 'AWARDS', 'PUNISHMENTS', 'SOCIAL_ROLES', 'POLITICAL', 'WELFARE', 'ASSOCIATION_POSITIONS', 'SKILLS', 'LANGUAGES', 'PUBLICATIONS');

-- CreateEnum
CREATE TYPE "ProfileChangeAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateEnum
CREATE TYPE "ProfileReviewDecision" AS ENUM ('SUBMITTED', 'WITHDRAWN', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "TicketState" AS ENUM ('OPEN', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'CANCELLED');

-- CreateTable
CREATE TABLE "LawyerProfile" (
    "id" UUID NOT NULL,
    "lawyerId" UUID NOT NULL,
    "state" "ProfileState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "personal" JSONB,
    "practice" JSONB,
    "contact" JSONB,
    "basicStep" INTEGER NOT NULL DEFAULT 1,
    "basicConfirmedAt" TIMESTAMPTZ(3),
    "photoKey" TEXT,
    "photoUploadedAt" TIMESTAMPTZ(3),
    "noneSections" "ProfileSection"[],
    "submittedAt" TIMESTAMPTZ(3),
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewerId" UUID,
    "reviewOpinion" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LawyerProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileEntry" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
    "section" "ProfileSection" NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProfileEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileChange" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
    "section" "ProfileSection" NOT NULL,
    "action" "ProfileChangeAction" NOT NULL,
    "changes" JSONB NOT NULL,
    "actorId" UUID,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProfileChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileReview" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
    "decision" "ProfileReviewDecision" NOT NULL,
    "opinion" TEXT,
    "actorId" UUID,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProfileReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "accountId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "link" TEXT,
    "state" "TicketState" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LawyerProfile_lawyerId_key" ON "LawyerProfile"("lawyerId");

-- CreateIndex
CREATE INDEX "LawyerProfile_state_submittedAt_idx" ON "LawyerProfile"("state", "submittedAt");

-- CreateIndex
CREATE INDEX "ProfileEntry_profileId_section_idx" ON "ProfileEntry"("profileId", "section");

-- CreateIndex
CREATE INDEX "ProfileChange_profileId_createdAt_idx" ON "ProfileChange"("profileId", "createdAt");

-- CreateIndex
CREATE INDEX "ProfileReview_profileId_createdAt_idx" ON "ProfileReview"("profileId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_number_key" ON "Ticket"("number");

-- CreateIndex
CREATE INDEX "Ticket_accountId_createdAt_idx" ON "Ticket"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "Ticket_state_createdAt_idx" ON "Ticket"("state", "createdAt");

-- AddForeignKey
ALTER TABLE "LawyerProfile" ADD CONSTRAINT "LawyerProfile_lawyerId_fkey" FOREIGN KEY ("lawyerId") REFERENCES "Lawyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileEntry" ADD CONSTRAINT "ProfileEntry_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "LawyerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileChange" ADD CONSTRAINT "ProfileChange_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "LawyerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileReview" ADD CONSTRAINT "ProfileReview_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "LawyerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

