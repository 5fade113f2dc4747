import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { rm } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { CliModule } from './cli.module';
import { AppConfig } from './config/app-config';
import { ConfigError } from './config/config.schema';
import { SeedService } from './database/seeds/seed.service';
import { migrateWithLock, withSchemaLock } from './database/schema-lock';
import { createAdmin, disableDemoAccounts } from './account/account-cli';

const USAGE = `Usage: node dist/apps/api/cli.js <command>
  migrate        apply pending migrations
  seed           load the catalog and demo data (idempotent)
  reset          drop every table and uploaded file, migrate, seed (refused in production)
  admin:create   --username <name> --email <address> [--full-name <name>]
                 the password is read from ADMIN_PASSWORD or asked on the terminal
  demo:disable   give every demo account a random password (production refuses to start while any remain)`;

type Command = (ctx: INestApplicationContext, config: AppConfig, args: string[]) => Promise<void>;

const commands: Record<string, Command> = {
  // The deploy step before a rolling deploy: several runs at once are safe (schema lock).
  migrate: async (ctx) => {
    const ran = await migrateWithLock(ctx.get<DataSource>(getDataSourceToken()));
    console.log(ran ? `Applied ${ran} migration(s).` : 'Migrations are up to date.');
  },
  seed: async (ctx) => {
    const dataSource = ctx.get<DataSource>(getDataSourceToken());
    await withSchemaLock(dataSource, () => ctx.get(SeedService).run());
    console.log('Seed data is loaded (existing rows are left as they are).');
  },
  reset: async (ctx, config, args) => {
    if (config.isProduction && !args.includes('--force')) throw new Error('reset is refused in production');
    const dataSource = ctx.get<DataSource>(getDataSourceToken());
    await dataSource.dropDatabase();
    await dataSource.runMigrations({ transaction: 'each' });
    await rm(config.uploadDir, { recursive: true, force: true });
    await ctx.get(SeedService).run();
    console.log('Database reset, migrated and seeded.');
  },
  'admin:create': createAdmin,
  'demo:disable': disableDemoAccounts,
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(USAGE);
    process.exit(name ? 2 : 0);
  }
  const config = AppConfig.fromEnv();
  const ctx = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: ['warn', 'error'],
  });
  try {
    await command(ctx, config, args);
  } finally {
    await ctx.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
