export type LogCategory = 'sync' | 'persistence' | 'http' | 'ui';

export interface Logger {
  warn(message: string, context?: unknown): void;
  error(message: string, context?: unknown): void;
}

export function createLogger(category: LogCategory): Logger {
  const prefix = `[codraft:${category}]`;
  return {
    // eslint-disable-next-line no-console
    warn: (message, context) => console.warn(prefix, message, context ?? ''),
    // eslint-disable-next-line no-console
    error: (message, context) => console.error(prefix, message, context ?? ''),
  };
}
