import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet on every response. The CSP allows the app's own scripts, its socket on the same host
 * (ws: or wss:), the inline styles ProseMirror sets and data: images; the report is often
 * served over plain http on an intranet, so requests are not upgraded to https.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'connect-src': ["'self'", 'ws:', 'wss:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'frame-ancestors': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
  });
}
