import type { Express } from 'express';

// express 5 (router 2.x) keeps each layer's path as `rawPath`; routes and sub-routers as below.
interface Layer {
  rawPath?: string | string[];
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

function walk(stack: Layer[], prefix: string, into: string[]): void {
  for (const layer of stack) {
    if (layer.route) {
      for (const [method, enabled] of Object.entries(layer.route.methods)) {
        if (!enabled || method === '_all') continue;
        const path = `${prefix}${layer.route.path}`.replace(/(.)\/$/, '$1');
        into.push(`${method.toUpperCase()} ${path}`);
      }
      continue;
    }
    if (!Array.isArray(layer.handle.stack)) continue;
    const paths = Array.isArray(layer.rawPath) ? layer.rawPath : [layer.rawPath ?? '/'];
    for (const mount of paths)
      walk(layer.handle.stack, mount === '/' ? prefix : `${prefix}${mount}`, into);
  }
}

/** Every route registered on the app, as `METHOD /path/:param`, sub-routers included. */
export function listRoutes(app: Express): string[] {
  const routes: string[] = [];
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '', routes);
  return [...new Set(routes)].sort();
}
