import { Global, Module } from '@nestjs/common';
import { RateLimits } from './rate-limits';
import { RedisConnection } from './redis-connection';

/** The optional Redis (REDIS_URL) and what is built on it: limits shared by every instance. */
@Global()
@Module({ providers: [RedisConnection, RateLimits], exports: [RedisConnection, RateLimits] })
export class RedisModule {}
