import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';

/** Liveness and database reachability, for load balancers and `docker compose`. */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) res: Response) {
    const db = await Promise.race([
      this.dataSource.query('SELECT 1').then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      new Promise<'down'>((resolve) => setTimeout(() => resolve('down'), 2000).unref()),
    ]);
    res.setHeader('Cache-Control', 'no-store');
    if (db !== 'up') {
      res.status(503);
      return { status: 'error', db };
    }
    return { status: 'ok', db };
  }
}
