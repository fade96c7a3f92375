// Paths of the pages that are not a document.
export const ROUTE_PATH = {
  list: '/',
  users: '/admin/users',
  audit: '/admin/audit',
  sessions: '/account/sessions',
} as const;
