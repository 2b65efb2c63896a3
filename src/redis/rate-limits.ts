import { Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { RedisConnection } from './redis-connection';

/**
 * Rate limiters that count across instances: in Redis with REDIS_URL (the increment and its expiry
 * are one atomic script, so instances racing on one key never lose a count), in this process's
 * memory otherwise. Should Redis be unreachable, a limiter counts in memory meanwhile (its
 * insurance): limits then apply per instance, never not at all.
 */
@Injectable()
export class RateLimits {
  constructor(private readonly redis: RedisConnection) {}

  /** `points` per key per `durationSeconds`; `name` keeps each limiter's keys apart. */
  limiter(name: string, points: number, durationSeconds: number): RateLimiterAbstract {
    const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });
    if (!this.redis.client) return memory;
    return new RateLimiterRedis({
      storeClient: this.redis.client,
      keyPrefix: `${this.redis.prefix}limit:${name}`,
      points,
      duration: durationSeconds,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }

  /** Whether the limits are shared by every instance (Redis) or this process's own. */
  get shared(): boolean {
    return this.redis.client !== null;
  }
}
