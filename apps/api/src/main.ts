import 'reflect-metadata';
import { logStartup, startApp } from './bootstrap';
import { AppConfig } from './config/app-config';
import { ConfigError } from './config/config.schema';
import { installGracefulShutdown } from './health/graceful-shutdown';
import { DatabaseUnreachableError } from './database/database.module';

async function main(): Promise<void> {
  const config = AppConfig.fromEnv();
  const { app, url } = await startApp(config);
  installGracefulShutdown(app, config);
  logStartup(url, config);
}

main().catch((error: unknown) => {
  // A bad configuration is the operator's to fix: say what is wrong, without a stack trace.
  if (error instanceof ConfigError || error instanceof DatabaseUnreachableError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
