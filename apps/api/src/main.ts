import 'reflect-metadata';
import { logStartup, startApp } from './bootstrap';
import { AppConfig } from './config/app-config';
import { ConfigError } from './config/config.schema';

async function main(): Promise<void> {
  const config = AppConfig.fromEnv();
  const { url } = await startApp(config);
  logStartup(url, config);
}

main().catch((error: unknown) => {
  // A bad configuration is the operator's to fix: say what is wrong, without a stack trace.
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
