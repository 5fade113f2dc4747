import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { AppConfig } from '../config/app-config';
import { Readiness } from './readiness';

/**
 * SIGTERM/SIGINT, in this order: /health/ready answers 503; the listening socket closes, so new
 * connections are refused (a load balancer retries them on another instance); idle keep-alive
 * connections close, and busy ones answer `Connection: close` after their response; in-flight
 * requests, uploads included, get SHUTDOWN_GRACE_S to finish; then the app closes (scheduled jobs
 * finish their round, the database pool and Redis close) and the process exits.
 * Live-update sockets are ended at once: the portal reconnects through the load balancer.
 */
export interface ShutdownOptions {
  /** How the process ends once closed (tests pass a recorder). */
  exit?: (code: number) => void;
  /** Listen to SIGTERM/SIGINT (false in tests, which call the returned function). */
  signals?: boolean;
}

export function installGracefulShutdown(
  app: NestExpressApplication,
  config: AppConfig,
  { exit = (code: number): void => process.exit(code), signals = true }: ShutdownOptions = {},
): (signal: string) => Promise<void> {
  const logger = new Logger('Shutdown');
  const server = app.getHttpServer() as Server;
  const readiness = app.get(Readiness);
  const upgraded = new Set<Socket>();
  server.on('upgrade', (_req, socket: Socket) => {
    upgraded.add(socket);
    socket.once('close', () => upgraded.delete(socket));
  });
  // Registered after Express: sets the header before any asynchronous handler writes its answer.
  server.on('request', (_req, res) => {
    if (readiness.draining && !res.headersSent) res.setHeader('Connection', 'close');
  });

  let started = false;
  const shutdown = async (signal: string) => {
    if (started) return;
    started = true;
    const graceMs = config.env.SHUTDOWN_GRACE_S * 1000;
    readiness.draining = true;
    logger.log(`${signal}: draining, in-flight requests have ${config.env.SHUTDOWN_GRACE_S} s`);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    for (const socket of upgraded) socket.end();
    const deadline = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), graceMs).unref(),
    );
    if ((await Promise.race([closed, deadline])) === 'timeout') {
      logger.warn('Grace period over: closing the remaining connections');
      server.closeAllConnections();
      for (const socket of upgraded) socket.destroy();
    }
    try {
      // Nest closes the HTTP server last, after the modules (database pool, Redis): already closed here.
      await app.close().catch((error: NodeJS.ErrnoException) => {
        if (error?.code !== 'ERR_SERVER_NOT_RUNNING' && !/not running/i.test(error?.message ?? ''))
          throw error;
      });
      logger.log('Stopped');
      exit(0);
    } catch (error) {
      logger.error(`Shutdown failed: ${(error as Error).message}`);
      exit(1);
    }
  };
  // Tests call the returned function instead of signalling the test runner.
  if (signals)
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void shutdown(signal));
  return shutdown;
}
