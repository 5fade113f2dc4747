import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/auth.decorators';
import { Readiness } from './readiness';

/** A database that does not answer SELECT 1 within this is as good as down for a load balancer. */
const DB_CHECK_MS = 2000;

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly readiness: Readiness,
  ) {}

  /** 200 when the database answers, 503 otherwise (for load balancers and `fresh-clone-check`). */
  @Public()
  @Get()
  @HttpCode(200)
  async check(@Res({ passthrough: true }) res: Response): Promise<{ status: string; database: string }> {
    if (await this.databaseUp()) return { status: 'ok', database: 'up' };
    res.status(503);
    return { status: 'unavailable', database: 'down' };
  }

  /** Liveness: the process answers. Cheap on purpose (no database): a restart cures nothing else. */
  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** Readiness: 503 while shutting down (SIGTERM) or while the database is unreachable. */
  @Public()
  @Get('ready')
  @HttpCode(200)
  async ready(@Res({ passthrough: true }) res: Response): Promise<{ status: string; database?: string }> {
    if (this.readiness.draining) {
      res.status(503);
      return { status: 'draining' };
    }
    if (await this.databaseUp()) return { status: 'ok', database: 'up' };
    res.status(503);
    return { status: 'unavailable', database: 'down' };
  }

  private async databaseUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), DB_CHECK_MS);
    });
    try {
      const query = this.dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      );
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
