import { Role } from '@dvc/shared/domain';
import { Logger } from '@nestjs/common';
import { getRepositoryToken } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DEMO_OFFICER_AGENCY_CODE } from '../src/account/demo-accounts.seeder';
import { AppConfig } from '../src/config/app-config';
import { ApiClientsService } from '../src/integration/api-clients.service';
import { DEMO_CLIENT_NAME, DemoIntegrationSeeder } from '../src/integration/demo-integration.seeder';
import { ApiClientEntity } from '../src/integration/entities/api-client.entity';
import { ApiTokenEntity } from '../src/integration/entities/api-token.entity';
import { createAccount, loginAs } from './support/accounts';
import { bearer } from './support/integration';
import { codeOf } from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

/** The demo API client of Sở Tư pháp Thành phố Hà Nội: created once, its token printed once, never in production. */
describe('demo API client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
    const admin = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
    const res = await admin.gql(
      'mutation A($input: CreateAgencyInput!) { createAgency(input: $input) { id } }',
      {
        input: {
          code: DEMO_OFFICER_AGENCY_CODE,
          name: 'Sở Tư pháp Thành phố Hà Nội',
          level: 'PROVINCE',
          provinceCode: '01',
        },
      },
    );
    expect(res.errors).toBeUndefined();
  });
  afterAll(() => t?.close());

  it('prints a working token on the first seed only', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    try {
      const seeder = t.app.get(DemoIntegrationSeeder);
      await seeder.seed();
      await seeder.seed();
      const printed = log.mock.calls.map((c) => String(c[0])).filter((m) => m.includes(DEMO_CLIENT_NAME));
      expect(printed).toHaveLength(1);
      const token = /(dvc_[A-Za-z0-9_-]{43})/.exec(printed[0])?.[1] as string;
      expect(token).toBeTruthy();
      const res = await bearer(t, token).gql('{ agencyDossiers { totalCount } }');
      expect(codeOf(res)).toBeUndefined();
      const clients = await t.app
        .get<Repository<ApiClientEntity>>(getRepositoryToken(ApiClientEntity))
        .find();
      expect(clients.map((c) => [c.name, [...c.scopes].sort()])).toEqual([
        [DEMO_CLIENT_NAME, ['catalog:read', 'dossiers:process', 'dossiers:read']],
      ]);
    } finally {
      log.mockRestore();
    }
  });

  it('creates nothing in production', async () => {
    const production = new AppConfig({ ...t.config.env, NODE_ENV: 'production' });
    const repo = t.app.get<Repository<ApiClientEntity>>(getRepositoryToken(ApiClientEntity));
    await repo.manager.createQueryBuilder().delete().from(ApiTokenEntity).execute();
    await repo.delete({ name: DEMO_CLIENT_NAME });
    const seeder = new DemoIntegrationSeeder(repo, t.app.get(ApiClientsService), production);
    await seeder.seed();
    expect(await repo.countBy({ name: DEMO_CLIENT_NAME })).toBe(0);
  });
});
