-- CreateTable
CREATE TABLE "UploadUsage" (
    "accountId" UUID NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "bytes" BIGINT NOT NULL,

    CONSTRAINT "UploadUsage_pkey" PRIMARY KEY ("accountId","windowStart")
);

