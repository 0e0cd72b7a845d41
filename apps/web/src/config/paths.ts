import type { CardApplicationKind } from '@lx/shared/card-workflow';
import type { MemberDocumentQuery } from '@lx/shared/document-schemas';
import type { MemberEventQuery } from '@lx/shared/event-schemas';

/** 培训记录's year and page, as kept in the address (?year=&page=). */
export type TrainingParams = { year?: number; page?: number };

function trainingSearch(params?: TrainingParams): string {
  const query = new URLSearchParams();
  if (params?.year) query.set('year', String(params.year));
  if (params?.page && params.page > 1) query.set('page', String(params.page));
  const search = query.toString();
  return search ? `?${search}` : '';
}

/** 我的公文's search, read filter and page, as kept in the address. */
export type DocumentInboxParams = {
  q?: string;
  read?: MemberDocumentQuery['read'];
  page?: number;
};

// Every route of the member SPA: `path` is what the router matches, `getHref` builds a link to it.

export const paths = {
  home: { path: '/', getHref: () => '/' },
  login: {
    path: '/login',
    getHref: (redirect?: string) =>
      redirect && redirect !== '/' ? `/login?redirect=${encodeURIComponent(redirect)}` : '/login',
  },
  forgotPassword: { path: '/forgot-password', getHref: () => '/forgot-password' },
  changePassword: { path: '/change-password', getHref: () => '/change-password' },
  announcements: {
    path: '/announcements',
    getHref: (page?: number) =>
      page && page > 1 ? `/announcements?page=${page}` : '/announcements',
  },
  announcement: {
    path: '/announcements/:id',
    getHref: (id: string) => `/announcements/${encodeURIComponent(id)}`,
  },
  notifications: { path: '/notifications', getHref: () => '/notifications' },
  accountSettings: { path: '/account', getHref: () => '/account' },
  profile: { path: '/profile', getHref: () => '/profile' },
  profileBasic: {
    path: '/profile/basic',
    getHref: (step?: number) => (step ? `/profile/basic?step=${step}` : '/profile/basic'),
  },
  profileSection: {
    path: '/profile/sections/:slug',
    getHref: (slug: string) => `/profile/sections/${encodeURIComponent(slug)}`,
  },
  cards: { path: '/cards', getHref: () => '/cards' },
  cardApply: {
    /** `:kind` is the kind in lower case: first, lost or replacement. */
    path: '/cards/apply/:kind',
    getHref: (kind: CardApplicationKind, step?: number) => {
      const base = `/cards/apply/${kind.toLowerCase()}`;
      return step ? `${base}?step=${step}` : base;
    },
  },
  cardApplication: {
    path: '/cards/applications/:id',
    getHref: (id: string) => `/cards/applications/${encodeURIComponent(id)}`,
  },
  cardManagement: { path: '/cards/manage', getHref: () => '/cards/manage' },
  certificates: {
    path: '/certificates',
    getHref: (page?: number) => (page && page > 1 ? `/certificates?page=${page}` : '/certificates'),
  },
  certificateApply: {
    path: '/certificates/apply',
    getHref: (step?: number) => (step ? `/certificates/apply?step=${step}` : '/certificates/apply'),
  },
  certificate: {
    path: '/certificates/:id',
    getHref: (id: string) => `/certificates/${encodeURIComponent(id)}`,
  },
  /** Public: anyone may check a certificate, by its number or its PDF. */
  verify: { path: '/verify', getHref: () => '/verify' },
  /** Public: where a certificate's QR code leads; the number is looked up at once. */
  verifyNumber: {
    path: '/verify/:number',
    getHref: (number: string) => `/verify/${encodeURIComponent(number)}`,
  },
  /** 活动报名: 正在报名的活动 (tab=open, the default) or 我已报名的活动 (tab=mine), paged. */
  events: {
    path: '/events',
    getHref: (tab?: MemberEventQuery['tab'], page?: number) => {
      const query = new URLSearchParams();
      if (tab && tab !== 'open') query.set('tab', tab);
      if (page && page > 1) query.set('page', String(page));
      const search = query.toString();
      return search ? `/events?${search}` : '/events';
    },
  },
  event: {
    path: '/events/:id',
    /** `register` opens the page with its 报名表 shown. */
    getHref: (id: string, options?: { register?: boolean }) =>
      `/events/${encodeURIComponent(id)}${options?.register ? '?register=1' : ''}`,
  },
  /** 我的公文: the documents circulated to this account; ?q= search, ?read= filter, ?page=. */
  documents: {
    path: '/documents',
    getHref: (params?: DocumentInboxParams) => {
      const query = new URLSearchParams();
      const q = params?.q?.trim();
      if (q) query.set('q', q);
      if (params?.read) query.set('read', params.read);
      if (params?.page && params.page > 1) query.set('page', String(params.page));
      const search = query.toString();
      return search ? `/documents?${search}` : '/documents';
    },
  },
  document: {
    path: '/documents/:id',
    getHref: (id: string) => `/documents/${encodeURIComponent(id)}`,
  },
  tickets: {
    path: '/tickets',
    getHref: (page?: number) => (page && page > 1 ? `/tickets?page=${page}` : '/tickets'),
  },
  newTicket: {
    path: '/tickets/new',
    /** A new ticket with its category, title and the page it is about already filled in. */
    getHref: (prefill?: { category?: string; title?: string; link?: string }) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(prefill ?? {})) if (value) query.set(key, value);
      const search = query.toString();
      return search ? `/tickets/new?${search}` : '/tickets/new';
    },
  },
  ticket: {
    path: '/tickets/:id',
    getHref: (id: string) => `/tickets/${encodeURIComponent(id)}`,
  },
  /**
   * 培训记录: a lawyer's own year (summary, entries, 学时证明); for a firm or office, 本所律师学时
   * (its lawyers' years). ?year= (the current year when absent) and ?page=.
   */
  training: {
    path: '/training',
    getHref: (params?: TrainingParams) => `/training${trainingSearch(params)}`,
  },
  /** One lawyer's year, as the firm sees it from 本所律师学时 (or the lawyer themself). */
  trainingLawyer: {
    path: '/training/lawyers/:lawyerId',
    getHref: (lawyerId: string, params?: TrainingParams) =>
      `/training/lawyers/${encodeURIComponent(lawyerId)}${trainingSearch(params)}`,
  },
  /** Firms and offices only: their lawyers (律师列表). */
  roster: { path: '/organisation/lawyers', getHref: () => '/organisation/lawyers' },
  /** 常见问题 and the association's contacts. */
  help: { path: '/help', getHref: () => '/help' },
} as const;

/**
 * Where to go after logging in: only a path inside this app (never another origin, never the
 * login page itself), so a crafted `?redirect=` cannot send the user elsewhere.
 */
export function safeRedirect(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return paths.home.getHref();
  }
  if (value === paths.login.path || value.startsWith(`${paths.login.path}?`))
    return paths.home.getHref();
  return value;
}

export type AppLink = { kind: 'internal'; to: string } | { kind: 'external'; href: string };

/** A link that came from the API (work item, notification): an app path or an http(s) address. */
export function classifyLink(link: string | null | undefined): AppLink | null {
  if (!link) return null;
  if (link.startsWith('/') && !link.startsWith('//')) return { kind: 'internal', to: link };
  try {
    const url = new URL(link);
    if (url.protocol === 'https:' || url.protocol === 'http:')
      return { kind: 'external', href: url.href };
  } catch {
    return null;
  }
  return null;
}
