import type { DocumentHooks } from './collab/hooks.ts';
import { loadConfig } from './config/loadConfig.ts';
import { Logger } from './logging/Logger.ts';
import { startServer } from './startServer.ts';

/**
 * Runs the server as a process: configuration from `env`, one `listening` JSON line on stdout,
 * graceful shutdown on SIGTERM and SIGINT.
 */
export async function runServer(
  env: Record<string, string | undefined>,
  options: { hooks?: DocumentHooks[] } = {},
): Promise<void> {
  const config = loadConfig(env);
  const logger = new Logger(config.logLevel);

  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception', { error });
  });
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection', { error: reason });
  });

  const server = await startServer(config, logger, options);
  process.stdout.write(`${JSON.stringify({ event: 'listening', port: server.port })}\n`);
  logger.info('listening', {
    port: server.port,
    host: config.host ?? 'all',
    dataDir: config.dataDir,
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const deadline = setTimeout(() => {
      logger.error('shutdown timed out', { ms: config.shutdownTimeoutMs });
      process.exit(1);
    }, config.shutdownTimeoutMs);
    deadline.unref();
    server.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
