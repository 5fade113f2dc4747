import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { AccountAdminService } from './account-admin.service';

/**
 * The server refuses to start in production while any account still has a demo password (set by
 * the demo seeder). Maintenance commands (cli.js, no HTTP server) still run, so it can be fixed.
 */
@Injectable()
export class DemoPasswordCheck implements OnApplicationBootstrap {
  constructor(
    private readonly accounts: AccountAdminService,
    private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.isProduction || !this.adapterHost.httpAdapter) return;
    const count = await this.accounts.countDemoPasswords();
    if (count > 0) {
      throw new Error(
        `Refusing to start in production: ${count} account(s) still have a demo password. ` +
          'Change their passwords, or run: node dist/apps/api/cli.js demo:disable',
      );
    }
  }
}
