import { z } from 'zod';

// Every import of a table (.xlsx or .csv) works the same way: a dry run that checks every row and
// lists the errors per row in Chinese, then the import of the valid rows in one transaction. The
// API reads the file (apps/api/src/lib/table-import.ts); the console draws the report
// (packages/ui ImportReport). Each import names its columns and checks its own rows.

/** A spreadsheet or CSV as uploaded: at most this many bytes and data rows. */
export const TABLE_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const TABLE_IMPORT_MAX_ROWS = 50_000;
export const TABLE_IMPORT_ACCEPT = '.xlsx,.csv';

/** One problem with one row: its number as the spreadsheet shows it (the header is row 1). */
export const importRowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** What a dry run found: rows read, rows that would be imported, and the errors (at most 1,000). */
export const importReportSchema = z.object({
  filename: z.string(),
  rows: z.number().int(),
  valid: z.number().int(),
  /** Rows already in the records (the same file imported before): skipped, not errors. */
  alreadyImported: z.number().int(),
  errors: z.array(importRowErrorSchema),
  /** More errors than listed. */
  moreErrors: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** What an import did: the report of its own check, and the batch it wrote. */
export const importResultSchema = importReportSchema.extend({
  batchId: z.string().nullable(),
  imported: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const IMPORT_ERRORS_LISTED = 1000;
