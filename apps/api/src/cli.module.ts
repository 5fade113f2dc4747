import { DynamicModule, Module } from '@nestjs/common';
import { FEATURE_MODULES, SEED_PROVIDERS } from './app-features';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';

/**
 * The API without HTTP or GraphQL, for maintenance commands (cli.ts): the same features and seeders
 * as AppModule (app-features.ts), without the server's endpoints, workers and scheduled jobs.
 */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, ...FEATURE_MODULES],
      providers: [...SEED_PROVIDERS],
    };
  }
}
