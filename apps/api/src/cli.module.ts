import { DynamicModule, Module } from '@nestjs/common';
import { AccountModule } from './account/account.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { SeedService } from './database/seeds/seed.service';
import { SEEDERS } from './database/seeds/seeder';
import { DossierModule } from './dossier/dossier.module';
import { ServiceModule } from './service/service.module';

/** The API without HTTP or GraphQL, for maintenance commands (cli.ts). Keep SEEDERS in step with AppModule. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, AccountModule, ServiceModule, DossierModule],
      providers: [{ provide: SEEDERS, useFactory: () => [], inject: [] }, SeedService],
    };
  }
}
