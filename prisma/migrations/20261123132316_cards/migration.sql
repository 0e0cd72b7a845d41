-- CreateEnum
CREATE TYPE "CardApplicationKind" AS ENUM ('FIRST', 'LOST', 'REPLACEMENT');

-- CreateEnum
CREATE TYPE "CardApplicationState" AS ENUM ('PENDING', 'ACCEPTED', 'PRINTED', 'IN_PRODUCTION', 'MADE', 'VERIFIED', 'COLLECTED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CardState" AS ENUM ('ACTIVE', 'LOST', 'VOID');

-- CreateTable
CREATE TABLE "CardApplication" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "lawyerId" UUID NOT NULL,
    "kind" "CardApplicationKind" NOT NULL,
    "reason" TEXT,
    "state" "CardApplicationState" NOT NULL DEFAULT 'PENDING',
    "version" INTEGER NOT NULL DEFAULT 0,
    "data" JSONB NOT NULL,
    "photoKey" TEXT NOT NULL,
    "replacesCardId" UUID,
    "cardId" UUID,
    "rejectReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CardApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardApplicationEvent" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromState" "CardApplicationState",
    "toState" "CardApplicationState" NOT NULL,
    "comment" TEXT,
    "actorId" UUID,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CardApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Card" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "lawyerId" UUID NOT NULL,
    "state" "CardState" NOT NULL DEFAULT 'ACTIVE',
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lostAt" TIMESTAMPTZ(3),
    "voidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Card_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardPhotoUpload" (
    "lawyerId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CardPhotoUpload_pkey" PRIMARY KEY ("lawyerId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CardApplication_number_key" ON "CardApplication"("number");

-- CreateIndex
CREATE UNIQUE INDEX "CardApplication_cardId_key" ON "CardApplication"("cardId");

-- CreateIndex
CREATE INDEX "CardApplication_lawyerId_createdAt_idx" ON "CardApplication"("lawyerId", "createdAt");

-- CreateIndex
CREATE INDEX "CardApplication_state_createdAt_idx" ON "CardApplication"("state", "createdAt");

-- CreateIndex
CREATE INDEX "CardApplicationEvent_applicationId_createdAt_idx" ON "CardApplicationEvent"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Card_number_key" ON "Card"("number");

-- CreateIndex
CREATE INDEX "Card_lawyerId_idx" ON "Card"("lawyerId");

-- AddForeignKey
ALTER TABLE "CardApplication" ADD CONSTRAINT "CardApplication_lawyerId_fkey" FOREIGN KEY ("lawyerId") REFERENCES "Lawyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardApplication" ADD CONSTRAINT "CardApplication_replacesCardId_fkey" FOREIGN KEY ("replacesCardId") REFERENCES "Card"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardApplication" ADD CONSTRAINT "CardApplication_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardApplicationEvent" ADD CONSTRAINT "CardApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "CardApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Card" ADD CONSTRAINT "Card_lawyerId_fkey" FOREIGN KEY ("lawyerId") REFERENCES "Lawyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardPhotoUpload" ADD CONSTRAINT "CardPhotoUpload_lawyerId_fkey" FOREIGN KEY ("lawyerId") REFERENCES "Lawyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- At most one open application per lawyer (the service also serialises on the lawyer's row;
-- this keeps the rule even for a writer that forgets to). Prisma cannot express a partial index.
CREATE UNIQUE INDEX "CardApplication_one_open_per_lawyer" ON "CardApplication"("lawyerId")
  WHERE "state" NOT IN ('COLLECTED', 'CANCELLED');

-- A lawyer holds at most one card in use.
CREATE UNIQUE INDEX "Card_one_active_per_lawyer" ON "Card"("lawyerId") WHERE "state" = 'ACTIVE';
