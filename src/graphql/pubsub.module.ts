import { Global, Module } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { EventEmitter } from 'node:events';

/** The publisher behind GraphQL subscriptions. In memory: one server process (see README). */
export const PUB_SUB = 'PUB_SUB';

/**
 * Many subscribers to one topic are normal (everyone watching a popular request): Node's warning
 * past 10 listeners is off, the bounds being LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION and
 * LIVE_MAX_SUBSCRIPTIONS_PER_VIEWER.
 */
function pubSub(): PubSub {
  const eventEmitter = new EventEmitter();
  eventEmitter.setMaxListeners(0);
  return new PubSub({ eventEmitter });
}

@Global()
@Module({ providers: [{ provide: PUB_SUB, useFactory: pubSub }], exports: [PUB_SUB] })
export class PubSubModule {}
