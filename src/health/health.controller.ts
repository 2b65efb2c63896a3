import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';
import { RedisConnection } from '../redis/redis-connection';

/**
 * Liveness and database reachability, for load balancers and `docker compose`. With REDIS_URL it
 * also tells whether this instance's Redis connection is up, for information only: every
 * instance shares that Redis, so taking one out of the balancer would not help, and without it
 * limits count per instance and live updates stay on their instance until it is back.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
  ) {}

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
    const redis = this.redis.client ? { redis: this.redis.client.status === 'ready' ? 'up' : 'down' } : {};
    if (db !== 'up') {
      res.status(503);
      return { status: 'error', db, ...redis };
    }
    return { status: 'ok', db, ...redis };
  }
}
