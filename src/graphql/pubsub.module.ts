import { Global, Module } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { EventEmitter } from 'node:events';
import { RedisConnection } from '../redis/redis-connection';
import { RedisPubSub } from '../redis/redis-pubsub';

/**
 * The publisher behind GraphQL subscriptions (a graphql-subscriptions PubSubEngine), chosen at
 * start: with REDIS_URL, Redis pub/sub, so an event published on one instance reaches subscribers
 * on all of them; without it, in this process's memory (one instance). Publishers and LiveStreams
 * see only the PubSubEngine.
 */
export const PUB_SUB = 'PUB_SUB';

/**
 * Many subscribers to one topic are normal (everyone watching a popular request): Node's warning
 * past 10 listeners is off, the bounds being LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION and
 * LIVE_MAX_SUBSCRIPTIONS_PER_VIEWER.
 */
function pubSub(redis: RedisConnection): PubSubEngine {
  if (redis.client) return new RedisPubSub(redis.client, redis.subscriber(), redis.prefix);
  const eventEmitter = new EventEmitter();
  eventEmitter.setMaxListeners(0);
  return new PubSub({ eventEmitter });
}

@Global()
@Module({ providers: [{ provide: PUB_SUB, inject: [RedisConnection], useFactory: pubSub }], exports: [PUB_SUB] })
export class PubSubModule {}
