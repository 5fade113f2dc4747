import { ApiScope } from '@dvc/shared/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DEMO_OFFICER_AGENCY_CODE } from '../account/demo-accounts.seeder';
import { AppConfig } from '../config/app-config';
import { Seeder } from '../database/seeds/seeder';
import { AgencyEntity } from '../service/entities/agency.entity';
import { ApiClientsService } from './api-clients.service';
import { ApiClientEntity } from './entities/api-client.entity';

export const DEMO_CLIENT_NAME = 'Phần mềm một cửa Sở Tư pháp Hà Nội (demo)';

/**
 * The demo API client of Sở Tư pháp Thành phố Hà Nội (the demo officer's agency), with a token that
 * is printed once, when created: the secret cannot be shown again (only its keyed hash is stored).
 * Never in production; idempotent (an existing demo client is left alone).
 */
@Injectable()
export class DemoIntegrationSeeder implements Seeder {
  readonly name = 'demo API client';
  private readonly logger = new Logger(DemoIntegrationSeeder.name);

  constructor(
    @InjectRepository(ApiClientEntity) private readonly clients: Repository<ApiClientEntity>,
    private readonly service: ApiClientsService,
    private readonly config: AppConfig,
  ) {}

  async seed(): Promise<void> {
    if (this.config.isProduction) return;
    if (await this.clients.existsBy({ name: DEMO_CLIENT_NAME })) return;
    const agency = await this.clients.manager.findOneBy(AgencyEntity, { code: DEMO_OFFICER_AGENCY_CODE });
    if (!agency) return; // no catalog yet
    const client = await this.service.create({
      name: DEMO_CLIENT_NAME,
      agencyId: agency.id,
      scopes: [ApiScope.CATALOG_READ, ApiScope.DOSSIERS_READ, ApiScope.DOSSIERS_PROCESS],
    });
    const { secret } = await this.service.createToken(client.id, null);
    this.logger.log(
      `Demo API client "${DEMO_CLIENT_NAME}" (${agency.name}) created. Its token, shown only now:\n` +
        `  ${secret}\n` +
        `  Try: curl -s ${this.config.env.PUBLIC_URL}/graphql -H 'content-type: application/json' ` +
        `-H 'authorization: Bearer ${secret}' -d '{"query":"{ agencyDossiers(filter: { status: SUBMITTED }) { totalCount items { id code status version } } }"}'`,
    );
  }
}
