// Every route of the admin console, relative to the router's basename (/admin): `path` is what the
// router matches, `getHref` builds a link to it.

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export const paths = {
  dashboard: { path: '/', getHref: () => '/' },
  login: {
    path: '/login',
    getHref: (redirect?: string) =>
      redirect && redirect !== '/' ? withQuery('/login', { redirect }) : '/login',
  },
  changePassword: { path: '/change-password', getHref: () => '/change-password' },
  notifications: { path: '/notifications', getHref: () => '/notifications' },
  announcements: {
    path: '/announcements',
    getHref: (query: { q?: string; state?: string } = {}) => withQuery('/announcements', query),
  },
  audit: {
    path: '/audit',
    getHref: (query: { entityType?: string; entityId?: string; actor?: string } = {}) =>
      withQuery('/audit', query),
  },
  profiles: {
    path: '/profiles',
    getHref: (
      query: {
        state?: string;
        organisationId?: string;
        submittedFrom?: string;
        submittedTo?: string;
        q?: string;
      } = {},
    ) => withQuery('/profiles', query),
  },
  profile: {
    path: '/profiles/:id',
    getHref: (id: string) => `/profiles/${encodeURIComponent(id)}`,
  },
  cards: {
    path: '/cards',
    getHref: (
      query: {
        state?: string;
        kind?: string;
        appliedFrom?: string;
        appliedTo?: string;
        q?: string;
      } = {},
    ) => withQuery('/cards', query),
  },
  cardApplication: {
    path: '/cards/:id',
    getHref: (id: string) => `/cards/${encodeURIComponent(id)}`,
  },
  certificates: {
    path: '/certificates',
    getHref: (query: { state?: string; typeId?: string; paper?: string; q?: string } = {}) =>
      withQuery('/certificates', query),
  },
  certificate: {
    path: '/certificates/:id',
    getHref: (id: string) => `/certificates/${encodeURIComponent(id)}`,
  },
  tickets: {
    path: '/tickets',
    getHref: (
      query: {
        state?: string;
        category?: string;
        olderThan?: string;
        mine?: string;
        q?: string;
      } = {},
    ) => withQuery('/tickets', query),
  },
  ticket: {
    path: '/tickets/:id',
    getHref: (id: string) => `/tickets/${encodeURIComponent(id)}`,
  },
  events: {
    path: '/events',
    getHref: (query: { state?: string; q?: string } = {}) => withQuery('/events', query),
  },
  eventNew: { path: '/events/new', getHref: () => '/events/new' },
  event: {
    path: '/events/:id',
    /** The event with its registrations, filtered as `query` says. */
    getHref: (id: string, query: { state?: string; q?: string } = {}) =>
      withQuery(`/events/${encodeURIComponent(id)}`, query),
  },
  eventEdit: {
    path: '/events/:id/edit',
    getHref: (id: string) => `/events/${encodeURIComponent(id)}/edit`,
  },
  eventLeaves: {
    path: '/event-leaves',
    getHref: (query: { state?: string } = {}) => withQuery('/event-leaves', query),
  },
  eventSuspensions: {
    path: '/event-suspensions',
    getHref: (query: { active?: string; q?: string } = {}) =>
      withQuery('/event-suspensions', query),
  },
  eventSettings: {
    path: '/event-suspensions/settings',
    getHref: () => '/event-suspensions/settings',
  },
  documents: {
    path: '/documents',
    getHref: (query: { state?: string; q?: string } = {}) => withQuery('/documents', query),
  },
  documentNew: { path: '/documents/new', getHref: () => '/documents/new' },
  document: {
    path: '/documents/:id',
    /** The document with its recipients (传阅情况), filtered as `query` says. */
    getHref: (id: string, query: { target?: string; unread?: string; q?: string } = {}) =>
      withQuery(`/documents/${encodeURIComponent(id)}`, query),
  },
  documentEdit: {
    path: '/documents/:id/edit',
    getHref: (id: string) => `/documents/${encodeURIComponent(id)}/edit`,
  },
  circulationGroups: { path: '/circulation-groups', getHref: () => '/circulation-groups' },
  certificateTypes: { path: '/certificate-types', getHref: () => '/certificate-types' },
  sms: { path: '/sms', getHref: (query: { mobile?: string } = {}) => withQuery('/sms', query) },
  mail: { path: '/mail', getHref: () => '/mail' },
  trainingLawyers: {
    path: '/training/lawyers',
    getHref: (query: { q?: string } = {}) => withQuery('/training/lawyers', query),
  },
  trainingLawyer: {
    path: '/training/lawyers/:lawyerId',
    /** One lawyer's 学时台账, for `year` (the current year when left out). */
    getHref: (lawyerId: string, query: { year?: number } = {}) =>
      withQuery(`/training/lawyers/${encodeURIComponent(lawyerId)}`, query),
  },
  trainingCompliance: {
    path: '/training/compliance',
    getHref: (
      query: {
        year?: number;
        status?: string;
        q?: string;
        organisationId?: string;
        tab?: string;
      } = {},
    ) => withQuery('/training/compliance', query),
  },
  trainingImports: { path: '/training/imports', getHref: () => '/training/imports' },
  trainingRequirements: {
    path: '/training/requirements',
    getHref: (query: { year?: number } = {}) => withQuery('/training/requirements', query),
  },
  members: {
    path: '/members',
    getHref: (
      query: {
        q?: string;
        organisationId?: string;
        practiceCategory?: string;
        accountState?: string;
      } = {},
    ) => withQuery('/members', query),
  },
  member: {
    path: '/members/:lawyerId',
    /** The member page; `ticket` links the changes made there to that ticket (its thread notes them). */
    getHref: (lawyerId: string, query: { ticket?: string } = {}) =>
      withQuery(`/members/${encodeURIComponent(lawyerId)}`, query),
  },
  memberImport: { path: '/member-import', getHref: () => '/member-import' },
  organisations: {
    path: '/organisations',
    getHref: (query: { q?: string; kind?: string; status?: string } = {}) =>
      withQuery('/organisations', query),
  },
  organisation: {
    path: '/organisations/:id',
    getHref: (id: string) => `/organisations/${encodeURIComponent(id)}`,
  },
  statistics: {
    path: '/statistics',
    getHref: (query: { from?: string; to?: string } = {}) => withQuery('/statistics', query),
  },
  staff: {
    path: '/staff',
    getHref: (query: { q?: string; tab?: string } = {}) => withQuery('/staff', query),
  },
} as const;

/** The base path the console is served under (vite `base`, router `basename`). */
export const BASENAME = '/admin';

/**
 * Where to go after logging in: only a path inside the console (never another origin, never the
 * login page itself), so a crafted `?redirect=` cannot send the user elsewhere.
 */
export function safeRedirect(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return paths.dashboard.getHref();
  }
  if (value === paths.login.path || value.startsWith(`${paths.login.path}?`))
    return paths.dashboard.getHref();
  return value;
}

export type ConsoleLink = { kind: 'internal'; to: string } | { kind: 'external'; href: string };

/**
 * A link that came from the API (work item): a console path, with or without the /admin prefix,
 * or an http(s) address.
 */
export function classifyLink(link: string | null | undefined): ConsoleLink | null {
  if (!link) return null;
  if (link.startsWith('/') && !link.startsWith('//')) {
    if (link === BASENAME) return { kind: 'internal', to: '/' };
    if (link.startsWith(`${BASENAME}/`) || link.startsWith(`${BASENAME}?`)) {
      const rest = link.slice(BASENAME.length);
      return { kind: 'internal', to: rest.startsWith('/') ? rest : `/${rest}` };
    }
    return { kind: 'internal', to: link };
  }
  try {
    const url = new URL(link);
    if (url.protocol === 'https:' || url.protocol === 'http:')
      return { kind: 'external', href: url.href };
  } catch {
    return null;
  }
  return null;
}
