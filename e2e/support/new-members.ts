import { expect, type APIRequestContext, type Browser } from '@playwright/test';
import { computeIdCheckChar } from '@lx/shared/id-number';
import type { CreatedOrganisation } from '@lx/shared/member-schemas';
import type { AddedLawyer } from '@lx/shared/roster-schemas';
import { firstSignInThroughApi } from './api-session.ts';

// A flow that needs a firm or a lawyer nobody else touches makes its own, as staff and firms do
// (新建机构, then 律师列表 → 添加律师), so no demo account's password or data changes.

/** 17 digits, unique to this run and to `prefix` (3 digits). */
export function uniqueLicence(prefix: string, run: string): string {
  return `${prefix}${run}`.padEnd(17, '7').slice(0, 17);
}

/** A valid ID number born on `birth` (yyyyMMdd) with the sequence `serial` (3 digits). */
export function idNumberOf(birth: string, serial: string): string {
  const first17 = `441900${birth}${serial}`;
  return first17 + computeIdCheckChar(first17);
}

/**
 * A new law firm, created by a member admin (signed in through `request` with `staffHeaders`),
 * signed in for the first time in a browser context of its own (initial password changed).
 */
export async function newFirm(
  browser: Browser,
  request: APIRequestContext,
  staffHeaders: Record<string, string>,
  options: { name: string; licenceNo: string; viewport?: { width: number; height: number } },
) {
  const created = await request.post('/api/admin/organisations', {
    headers: staffHeaders,
    data: { kind: 'LAW_FIRM', name: options.name, licenceNo: options.licenceNo },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const firm = (await created.json()) as CreatedOrganisation;
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  const headers = await firstSignInThroughApi(
    context.request,
    { login: firm.login, password: firm.initialPassword },
    'E2E-New-Firm-2026',
  );
  return { firm, context, api: context.request, headers };
}

/** The firm adds a full-time lawyer (律师列表 → 添加律师); the lawyer has not signed in yet. */
export async function addLawyer(
  firm: { api: APIRequestContext; headers: Record<string, string> },
  lawyer: { name: string; idNo: string; licenceNo: string },
) {
  const res = await firm.api.post('/api/organisation/lawyers', {
    headers: firm.headers,
    data: {
      name: lawyer.name,
      gender: 'FEMALE',
      idNo: lawyer.idNo,
      licenceNo: lawyer.licenceNo,
      practiceCategory: 'FULL_TIME',
      organisationRole: 'LAWYER',
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
  const added = (await res.json()) as AddedLawyer;
  return { ...added, initialPassword: lawyer.idNo.slice(-6).toLowerCase() };
}
