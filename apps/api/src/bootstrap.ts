import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { setupApp } from './app.setup';
import { AppConfig } from './config/app-config';
import { SeedService } from './database/seeds/seed.service';
import { withSchemaLock } from './database/schema-lock';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface StartedApp {
  app: NestExpressApplication;
  url: string;
}

/** Creates the API with all HTTP wiring; the database is migrated during init. Used by main.ts and tests. */
export async function createApp(config: AppConfig, logger: LogLevel[] | false = ['log', 'warn', 'error']) {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bodyParser: true,
    // A failed start (e.g. DATABASE_URL unreachable) throws to the caller instead of exiting here.
    abortOnError: false,
  });
  try {
    setupApp(app, config);
    // No enableShutdownHooks(): main.ts drains first (graceful-shutdown.ts), then closes the app.
    await app.init();
    // Under the schema lock: instances started together seed one after the other (seeders are idempotent).
    if (config.env.SEED_ON_START)
      await withSchemaLock(app.get<DataSource>(getDataSourceToken()), () => app.get(SeedService).run());
  } catch (error) {
    // Release the database pool, or a failed start keeps the process (and jest) alive.
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}

export async function startApp(
  config: AppConfig,
  port = config.env.PORT,
  host?: string,
): Promise<StartedApp> {
  const app = await createApp(config);
  await app.listen(port, host as string);
  const address = app.getHttpServer().address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { app, url: `http://localhost:${actualPort}` };
}

export function logStartup(url: string, config: AppConfig): void {
  const logger = new Logger('Bootstrap');
  logger.log(`Cổng Dịch vụ công trực tuyến: ${url}/`);
  if (config.env.GRAPHQL_PLAYGROUND) logger.log(`GraphQL playground: ${url}/graphql`);
  logger.log(`Database: ${config.databaseKind === 'sqlite' ? config.sqlitePath : 'MySQL/MariaDB'}`);
}
