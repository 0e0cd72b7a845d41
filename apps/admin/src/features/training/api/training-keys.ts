/**
 * The query keys of the training module. Everything about training starts with `training`, so an
 * action (an import, a reversal, a manual entry, new requirements) refreshes every list, ledger
 * and report at once: each of them counts the same hours.
 */
export const trainingKeys = {
  all: ['training'] as const,
  requirements: ['training', 'requirements'] as const,
  imports: ['training', 'imports'] as const,
  lawyers: ['training', 'lawyers'] as const,
  summaries: ['training', 'summary'] as const,
  entries: ['training', 'entries'] as const,
  compliance: ['training', 'compliance'] as const,
};
