-- CreateEnum
CREATE TYPE "EventState" AS ENUM ('DRAFT', 'PUBLISHED', 'FINISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RegistrationState" AS ENUM ('REGISTERED', 'WAITLISTED', 'OFFERED', 'ON_LEAVE', 'ATTENDED', 'NO_SHOW', 'CANCELLED', 'OFFER_EXPIRED');

-- CreateEnum
CREATE TYPE "LeaveState" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "TrainingKind" AS ENUM ('ONSITE', 'OFFLINE', 'ONLINE');

-- CreateEnum
CREATE TYPE "TrainingSource" AS ENUM ('EVENT', 'IMPORT', 'MANUAL');

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "organiser" TEXT NOT NULL,
    "guests" TEXT,
    "location" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "registrationOpensAt" TIMESTAMPTZ(3) NOT NULL,
    "registrationClosesAt" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "perAccountLimit" INTEGER NOT NULL DEFAULT 1,
    "scopePractice" TEXT[],
    "scopeOrganisations" TEXT[],
    "notice" TEXT,
    "summary" TEXT,
    "precautions" TEXT,
    "attachmentsRequired" BOOLEAN NOT NULL DEFAULT false,
    "waitlist" BOOLEAN NOT NULL DEFAULT true,
    "offerHours" INTEGER NOT NULL DEFAULT 12,
    "trainingHours" DECIMAL(5,1) NOT NULL DEFAULT 0,
    "trainingKind" "TrainingKind",
    "state" "EventState" NOT NULL DEFAULT 'DRAFT',
    "placesTaken" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "cancelReason" TEXT,
    "createdById" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "lawyerId" UUID NOT NULL,
    "state" "RegistrationState" NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "workplace" TEXT NOT NULL,
    "position" TEXT,
    "phone" TEXT,
    "mobile" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "checkInCode" TEXT NOT NULL,
    "waitlistedAt" TIMESTAMPTZ(3),
    "offeredAt" TIMESTAMPTZ(3),
    "offerExpiresAt" TIMESTAMPTZ(3),
    "attendedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventLeave" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "state" "LeaveState" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT NOT NULL,
    "detail" TEXT,
    "decisionReason" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventLeave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventAttachment" (
    "id" UUID NOT NULL,
    "registrationId" UUID,
    "leaveId" UUID,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "noShows" INTEGER NOT NULL DEFAULT 3,
    "withinMonths" INTEGER NOT NULL DEFAULT 12,
    "suspendMonths" INTEGER NOT NULL DEFAULT 6,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventSuspension" (
    "id" UUID NOT NULL,
    "lawyerId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "until" TIMESTAMPTZ(3) NOT NULL,
    "registrationIds" TEXT[],
    "liftedAt" TIMESTAMPTZ(3),
    "liftedById" UUID,
    "liftReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventSuspension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingEntry" (
    "id" UUID NOT NULL,
    "lawyerId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "organiser" TEXT NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "hours" DECIMAL(5,1) NOT NULL,
    "source" "TrainingSource" NOT NULL,
    "eventId" UUID,
    "creditKey" TEXT,
    "reversesId" UUID,
    "reason" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_state_registrationClosesAt_idx" ON "Event"("state", "registrationClosesAt");

-- CreateIndex
CREATE INDEX "Event_startsAt_idx" ON "Event"("startsAt");

-- CreateIndex
CREATE INDEX "EventRegistration_eventId_state_createdAt_idx" ON "EventRegistration"("eventId", "state", "createdAt");

-- CreateIndex
CREATE INDEX "EventRegistration_accountId_createdAt_idx" ON "EventRegistration"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "EventRegistration_lawyerId_state_idx" ON "EventRegistration"("lawyerId", "state");

-- CreateIndex
CREATE INDEX "EventRegistration_state_offerExpiresAt_idx" ON "EventRegistration"("state", "offerExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_checkInCode_key" ON "EventRegistration"("eventId", "checkInCode");

-- CreateIndex
CREATE INDEX "EventLeave_state_createdAt_idx" ON "EventLeave"("state", "createdAt");

-- CreateIndex
CREATE INDEX "EventLeave_registrationId_idx" ON "EventLeave"("registrationId");

-- CreateIndex
CREATE INDEX "EventAttachment_registrationId_idx" ON "EventAttachment"("registrationId");

-- CreateIndex
CREATE INDEX "EventAttachment_leaveId_idx" ON "EventAttachment"("leaveId");

-- CreateIndex
CREATE INDEX "EventSuspension_lawyerId_until_idx" ON "EventSuspension"("lawyerId", "until");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingEntry_creditKey_key" ON "TrainingEntry"("creditKey");

-- CreateIndex
CREATE INDEX "TrainingEntry_lawyerId_date_idx" ON "TrainingEntry"("lawyerId", "date");

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_lawyerId_fkey" FOREIGN KEY ("lawyerId") REFERENCES "Lawyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventLeave" ADD CONSTRAINT "EventLeave_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "EventRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAttachment" ADD CONSTRAINT "EventAttachment_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "EventRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAttachment" ADD CONSTRAINT "EventAttachment_leaveId_fkey" FOREIGN KEY ("leaveId") REFERENCES "EventLeave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSuspension" ADD CONSTRAINT "EventSuspension_lawyerId_fkey" FOREIGN KEY ("lawyerId") REFERENCES "Lawyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEntry" ADD CONSTRAINT "TrainingEntry_lawyerId_fkey" FOREIGN KEY ("lawyerId") REFERENCES "Lawyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: partial unique indexes Prisma's schema cannot state.
-- One active registration (holding a place or waiting for one) per lawyer and event: the same
-- member clicking twice, or in two tabs, gets one registration.
CREATE UNIQUE INDEX "EventRegistration_one_active_per_lawyer"
  ON "EventRegistration" ("eventId", "lawyerId")
  WHERE "state" IN ('REGISTERED', 'WAITLISTED', 'OFFERED', 'ON_LEAVE', 'ATTENDED', 'NO_SHOW');

-- One leave request waiting or granted per registration.
CREATE UNIQUE INDEX "EventLeave_one_open_per_registration"
  ON "EventLeave" ("registrationId")
  WHERE "state" IN ('PENDING', 'APPROVED');

-- The waitlist in the order people joined it.
CREATE INDEX "EventRegistration_waitlist" ON "EventRegistration" ("eventId", "waitlistedAt", id)
  WHERE "state" = 'WAITLISTED';
