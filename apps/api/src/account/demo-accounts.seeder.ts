import { Gender, Role } from '@dvc/shared/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Seeder } from '../database/seeds/seeder';
import { AppConfig } from '../config/app-config';
import { AccountAdminService, NewAccount } from './account-admin.service';
import { AccountEntity } from './entities/account.entity';

/** Agency code the catalog seed gives a Sở Tư pháp; the demo officer belongs to it when it exists. */
export const DEMO_OFFICER_AGENCY_CODE = '000.00.09.H26'; // Sở Tư pháp Thành phố Hà Nội

/** The password of every demo account; flagged, so production refuses to start while one remains. */
export const DEMO_PASSWORD = 'Demo@2025';

/**
 * Documented demo accounts (all with the password `Demo@2025`, e-mail already verified):
 *
 * | Username  | Role    | Who                                                  |
 * |-----------|---------|------------------------------------------------------|
 * | `congdan` | CITIZEN | Nguyễn Văn An, a citizen of Hà Nội                   |
 * | `canbo`   | OFFICER | Trần Thị Bình, officer of the demo Sở Tư pháp        |
 * | `quantri` | ADMIN   | Lê Minh Quân, administrator                          |
 */
export const DEMO_ACCOUNTS: (NewAccount & { agencyCode?: string })[] = [
  {
    username: 'congdan',
    email: 'congdan@dichvucong.local',
    password: DEMO_PASSWORD,
    fullName: 'Nguyễn Văn An',
    role: Role.CITIZEN,
    citizenId: '001090012345',
    dateOfBirth: '1990-05-15',
    gender: Gender.MALE,
    phone: '0912345678',
    provinceCode: '01',
  },
  {
    username: 'canbo',
    email: 'canbo@dichvucong.local',
    password: DEMO_PASSWORD,
    fullName: 'Trần Thị Bình',
    role: Role.OFFICER,
    gender: Gender.FEMALE,
    agencyCode: DEMO_OFFICER_AGENCY_CODE,
  },
  {
    username: 'quantri',
    email: 'quantri@dichvucong.local',
    password: DEMO_PASSWORD,
    fullName: 'Lê Minh Quân',
    role: Role.ADMIN,
    gender: Gender.MALE,
  },
];

/**
 * Creates the demo accounts when missing (never in production) and attaches the demo officer to the
 * catalog's Sở Tư pháp once the catalog is seeded. Idempotent; it never touches a changed password.
 */
@Injectable()
export class DemoAccountsSeeder implements Seeder {
  readonly name = 'demo accounts';
  private readonly logger = new Logger(DemoAccountsSeeder.name);

  constructor(
    private readonly accountService: AccountAdminService,
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async seed(): Promise<void> {
    if (this.config.isProduction) return;
    for (const { agencyCode, ...demo } of DEMO_ACCOUNTS) {
      let account = await this.accounts.findOneBy({ username: demo.username });
      if (!account) {
        account = await this.accountService.createAccount({ ...demo, verified: true, demoPassword: true });
        this.logger.log(`Demo account "${demo.username}" (${demo.role}) created, password: ${DEMO_PASSWORD}`);
      }
      if (agencyCode && !account.agencyId) {
        const agencyId = await this.findAgency(agencyCode);
        if (agencyId) await this.accounts.update({ id: account.id }, { agencyId });
      }
    }
  }

  /** By code, else the first Sở Tư pháp; null while the catalog has no agencies yet. */
  private async findAgency(code: string): Promise<string | null> {
    const agencies = 'agencies';
    try {
      const byCode = await this.dataSource
        .createQueryBuilder()
        .select('a.id', 'id')
        .from(agencies, 'a')
        .where('a.code = :code', { code })
        .getRawOne<{ id: string }>();
      if (byCode) return byCode.id;
      const byName = await this.dataSource
        .createQueryBuilder()
        .select('a.id', 'id')
        .from(agencies, 'a')
        .where('a.name LIKE :name', { name: 'Sở Tư pháp%' })
        .orderBy('a.code')
        .getRawOne<{ id: string }>();
      return byName?.id ?? null;
    } catch {
      return null; // no catalog tables (yet)
    }
  }
}
