import {
  complianceQuerySchema,
  organisationComplianceQuerySchema,
  type ComplianceCounts,
  type ComplianceQuery,
} from '@lx/shared/training-schemas';
import type { z } from 'zod';
import { reportYearOf } from './report-year';

// The 达标报表 reads its query from the address (useListParams): a value the shared query schema
// refuses (a status that does not exist, a search too long, an organisation id that is no uuid) is
// no filter, rather than a request the API answers with 400.

type Paging = { page: number; pageSize: number };

export type ComplianceFilters = {
  year?: string;
  status?: string;
  q?: string;
  organisationId?: string;
  tab?: string;
};

export const COMPLIANCE_TABS = ['lawyers', 'organisations'] as const;
export type ComplianceTab = (typeof COMPLIANCE_TABS)[number];
export const COMPLIANCE_TAB_LABELS: Record<ComplianceTab, string> = {
  lawyers: '按律师',
  organisations: '按机构',
};

export function complianceTabOf(value: string | undefined): ComplianceTab {
  return COMPLIANCE_TABS.find((t) => t === value) ?? 'lawyers';
}

function valid<S extends z.ZodType>(schema: S, value: string | undefined): z.output<S> | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** 按律师: `?year=&status=&q=&organisationId=`. */
export function complianceQuery(
  paging: Paging,
  filters: ComplianceFilters,
  now: Date = new Date(),
): ComplianceQuery {
  const { status, q, organisationId } = complianceQuerySchema.shape;
  return {
    ...paging,
    year: reportYearOf(filters.year, now),
    status: valid(status, filters.status),
    q: valid(q, filters.q) || undefined,
    organisationId: valid(organisationId, filters.organisationId),
  };
}

/** 按机构: `?year=&q=` (the search names organisations here). */
export function organisationComplianceQuery(
  paging: Paging,
  filters: ComplianceFilters,
  now: Date = new Date(),
): z.infer<typeof organisationComplianceQuerySchema> {
  return {
    ...paging,
    year: reportYearOf(filters.year, now),
    q: valid(organisationComplianceQuerySchema.shape.q, filters.q) || undefined,
  };
}

/** A share 0…1 as a percentage with at most one decimal: 0.6667 → 66.7%. */
export function percentText(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** 律师 120 人，已达标 80 人（66.7%），未达标 40 人. */
export function complianceCountsText(counts: ComplianceCounts): string {
  return `律师 ${counts.lawyers} 人，已达标 ${counts.compliant} 人（${percentText(counts.share)}），未达标 ${counts.behind} 人`;
}
