/** Template a document gets when it is created without one. */
export const DEFAULT_TEMPLATE_ID = 'annual-work-report';
