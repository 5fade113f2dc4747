import { Inject, Injectable, Logger } from '@nestjs/common';
import { Seeder, SEEDERS } from './seeder';

@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(@Inject(SEEDERS) private readonly seeders: Seeder[]) {}

  async run(): Promise<void> {
    for (const seeder of this.seeders) {
      const started = Date.now();
      await seeder.seed();
      this.logger.log(`Seed ${seeder.name}: done in ${Date.now() - started} ms`);
    }
  }
}
