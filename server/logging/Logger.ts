import type { LogLevel } from '../config/loadConfig.ts';

export type LogCategory =
  | 'server'
  | 'http'
  | 'sync'
  | 'persistence'
  | 'documents'
  | 'auth'
  | 'locks'
  | 'comments'
  | 'versions';

type LogContext = Record<string, unknown>;

const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

function describe(value: unknown): unknown {
  if (value instanceof Error) {
    const described: Record<string, unknown> = {
      name: value.name,
      message: value.message,
      stack: value.stack,
    };
    if (value.cause !== undefined) described.cause = describe(value.cause);
    return described;
  }
  return value;
}

/**
 * Writes one JSON line per entry to stderr, so stdout stays free for the `listening` line that
 * scripts read.
 */
export class Logger {
  readonly #level: LogLevel;
  readonly #category: LogCategory;
  readonly #write: (line: string) => void;

  constructor(
    level: LogLevel,
    category: LogCategory = 'server',
    write: (line: string) => void = (line) => process.stderr.write(line),
  ) {
    this.#level = level;
    this.#category = category;
    this.#write = write;
  }

  child(category: LogCategory): Logger {
    return new Logger(this.#level, category, this.#write);
  }

  debug(message: string, context?: LogContext): void {
    this.#log('debug', message, context);
  }

  info(message: string, context?: LogContext): void {
    this.#log('info', message, context);
  }

  warn(message: string, context?: LogContext): void {
    this.#log('warn', message, context);
  }

  error(message: string, context?: LogContext): void {
    this.#log('error', message, context);
  }

  #log(level: Exclude<LogLevel, 'silent'>, message: string, context: LogContext = {}): void {
    if (SEVERITY[level] < SEVERITY[this.#level]) return;
    const entry: LogContext = {
      time: new Date().toISOString(),
      level,
      category: this.#category,
      message,
    };
    for (const [key, value] of Object.entries(context)) entry[key] = describe(value);
    this.#write(`${JSON.stringify(entry)}\n`);
  }
}
