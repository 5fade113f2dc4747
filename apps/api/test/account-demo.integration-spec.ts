import { Role } from '@dvc/shared/domain';
import { DataSource } from 'typeorm';
import { createAdmin, disableDemoAccounts, parseOptions } from '../src/account/account-cli';
import { DEMO_ACCOUNTS, DEMO_OFFICER_AGENCY_CODE, DEMO_PASSWORD } from '../src/account/demo-accounts.seeder';
import { AccountEntity } from '../src/account/entities/account.entity';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/app.module';
import { createApp } from '../src/bootstrap';
import { AppConfig } from '../src/config/app-config';
import { SeedService } from '../src/database/seeds/seed.service';
import { loginOverHttp } from './support/accounts';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

describe('accounts: demo accounts, production refusal and admin:create', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'true' });
  });
  afterAll(() => t?.close());

  const accounts = () => t.app.get(DataSource).getRepository(AccountEntity);

  it('seeds the documented demo accounts, verified, with flagged demo passwords, idempotently', async () => {
    await t.app.get(SeedService).run();
    for (const demo of DEMO_ACCOUNTS) {
      const rows = await accounts().findBy({ username: demo.username });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ role: demo.role, demoPassword: true });
      expect(rows[0].emailVerifiedAt).not.toBeNull();
    }
    const login = await loginOverHttp(t.client(), 'congdan', DEMO_PASSWORD);
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.account.username).toBe('congdan');
  });

  it("attaches the demo officer to the catalog's Sở Tư pháp when the catalog has it", async () => {
    const officer = await accounts().findOneByOrFail({ username: 'canbo' });
    const [agency] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM agencies WHERE code = '${DEMO_OFFICER_AGENCY_CODE}'`)
      .catch(() => [undefined]);
    expect(officer.agencyId).toBe((agency as { id: string } | undefined)?.id ?? null);
  });

  it('refuses to start in production while a demo password remains, and starts once they are gone', async () => {
    const production = AppConfig.fromEnv({
      NODE_ENV: 'production',
      PORT: '0',
      DATABASE_URL: t.db.url,
      SESSION_SECRET: 'p'.repeat(48),
      SMTP_URL: 'smtp://127.0.0.1:1',
      PUBLIC_URL: 'https://dichvucong.example.vn',
      UPLOAD_DIR: `${t.dir}/uploads`,
      PORTAL_DIR: `${t.dir}/no-portal`,
      PLAYGROUND_DIR: `${t.dir}/no-playground`,
      SEED_ON_START: 'true',
    });
    // Built step by step (not createApp) so the refused app can still be closed.
    const refused = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(production), {
      logger: false,
    });
    try {
      await expect(refused.init()).rejects.toThrow(/demo password/);
    } finally {
      await refused.close();
    }

    await disableDemoAccounts(t.app);
    expect(await accounts().countBy({ demoPassword: true })).toBe(0);
    expect((await loginOverHttp(t.client(), 'congdan', DEMO_PASSWORD)).errors?.[0].extensions?.code).toBe(
      'INVALID_CREDENTIALS',
    );
    const app = await createApp(production, false);
    try {
      // Seeding in production never brings demo accounts back.
      expect(await accounts().countBy({ demoPassword: true })).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('admin:create makes a verified administrator, checking the password policy', async () => {
    const config = AppConfig.fromEnv({
      ...process.env,
      DATABASE_URL: t.db.url,
      ADMIN_PASSWORD: 'mot quan tri vien moi',
    });
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await createAdmin(t.app, config, [
        '--username',
        'QuanTri2',
        '--email=qt2@example.vn',
        '--full-name',
        'Phạm Quản Trị',
      ]);
    } finally {
      log.mockRestore();
    }
    const admin = await accounts().findOneByOrFail({ username: 'quantri2' });
    expect(admin).toMatchObject({
      role: Role.ADMIN,
      email: 'qt2@example.vn',
      fullName: 'Phạm Quản Trị',
      demoPassword: false,
    });
    expect(admin.emailVerifiedAt).not.toBeNull();
    expect(
      (await loginOverHttp(t.client(), 'quantri2', 'mot quan tri vien moi')).data?.login.account.role,
    ).toBe('ADMIN');

    const weak = AppConfig.fromEnv({ ...process.env, DATABASE_URL: t.db.url, ADMIN_PASSWORD: 'password' });
    await expect(
      createAdmin(t.app, weak, ['--username', 'quantri3', '--email', 'qt3@example.vn']),
    ).rejects.toThrow(/WEAK_PASSWORD[\s\S]*password:/);
    await expect(
      createAdmin(t.app, config, ['--username', 'QUANTRI2', '--email', 'x@example.vn']),
    ).rejects.toThrow(/USERNAME_TAKEN/);
    await expect(createAdmin(t.app, config, ['--username', 'quantri4'])).rejects.toThrow(/--email/);
  });

  it('parses --name value and --name=value', () => {
    expect(parseOptions(['--username', 'a', '--email=b@c.vn'])).toEqual({ username: 'a', email: 'b@c.vn' });
    expect(() => parseOptions(['stray'])).toThrow(/Unexpected argument/);
  });
});
